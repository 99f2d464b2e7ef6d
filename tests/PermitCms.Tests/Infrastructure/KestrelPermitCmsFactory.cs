using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PermitCms.Tests.Infrastructure;

/// <summary>The app on a real Kestrel port on 127.0.0.1, for the browser.</summary>
public class KestrelPermitCmsFactory : PermitCmsFactory
{
    public KestrelPermitCmsFactory()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server if needed and returns its address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        }
    }
}
