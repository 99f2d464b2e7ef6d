using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PermitCms.Accounts.Certificates;

/// <summary>
/// Reads a client certificate that a TLS-terminating reverse proxy put in a header. Only switched on when
/// CertificateLogin:ForwardingHeader is set; the proxy must then overwrite that header on every request, or
/// a client could forge it (nginx's proxy_set_header does).
/// </summary>
public static class CertificateForwarding
{
    public static void AddIfConfigured(IServiceCollection services, IConfiguration configuration)
    {
        var header = configuration.GetSection(CertificateLoginOptions.Section)[nameof(CertificateLoginOptions.ForwardingHeader)];
        if (string.IsNullOrWhiteSpace(header))
        {
            return;
        }

        services.AddCertificateForwarding(options =>
        {
            options.CertificateHeader = header.Trim();
            // The middleware treats a null result as "no certificate".
            options.HeaderConverter = value => Parse(value)!;
        });

        // The module contract has no pipeline hook; a startup filter puts the middleware in front of the app.
        services.AddTransient<IStartupFilter, ForwardingStartupFilter>();
    }

    /// <summary>
    /// nginx's $ssl_client_escaped_cert is URL-encoded PEM; other proxies (IIS ARR, Envoy) send base64 DER.
    /// Anything unreadable counts as no certificate.
    /// </summary>
    public static X509Certificate2? Parse(string headerValue)
    {
        try
        {
            var value = Uri.UnescapeDataString(headerValue.Trim());
            if (value.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                return X509Certificate2.CreateFromPem(value);
            }

            return X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value));
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            return null;
        }
    }

    private sealed class ForwardingStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseCertificateForwarding();
            next(app);
        };
    }
}
