using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PermitCms.Web.Hosting;

/// <summary>
/// X-Forwarded-For / X-Forwarded-Proto from the proxies named in configuration, and from no one else.
/// ASP.NET Core's middleware trusts every sender when both lists are empty, so without a configured proxy
/// it is not added at all.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Configures the trusted proxies; false when none is configured.</summary>
    public static bool Add(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0)
        {
            return false;
        }

        var addresses = proxies.Select(p => IPAddress.TryParse(p.Trim(), out var ip) ? ip
            : throw new InvalidOperationException($"{Section}:KnownProxies: '{p}' is not an IP address.")).ToList();
        var ranges = networks.Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var net) ? net
            : throw new InvalidOperationException($"{Section}:KnownNetworks: '{n}' is not a network in CIDR notation, e.g. 10.0.0.0/8.")).ToList();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            addresses.ForEach(options.KnownProxies.Add);
            ranges.ForEach(options.KnownIPNetworks.Add);
        });
        return true;
    }
}
