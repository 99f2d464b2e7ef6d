using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Certificates;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>The app trusting <see cref="TestCertificates.TestCa"/> (from a PEM file) and reading the nginx header, in process.</summary>
public sealed class ForwardedCertificateApp : PermitCmsFactory, ICertificateApp
{
    public const string Header = "X-Client-Cert";

    public ForwardedCertificateApp()
    {
        var caFile = Path.Combine(DataDirectory, "trusted-ca.pem");
        File.WriteAllText(caFile, TestCertificates.TestCa.ExportCertificatePem());
        Set("CertificateLogin:TrustedCaFiles:0", caFile);
        Set("CertificateLogin:ForwardingHeader", Header);
    }

    /// <summary>A cookie-keeping client whose every request carries <paramref name="certificate"/> in the header, as nginx would.</summary>
    public HttpClient ClientWith(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        var client = this.CreateBrowserLikeClient();
        if (certificate is not null)
        {
            client.DefaultRequestHeaders.Add(Header, TestCertificates.Escaped(certificate));
        }

        return client;
    }
}

/// <summary>
/// The app on real Kestrel HTTPS, configured the way the README tells an operator to: an endpoint from the
/// Kestrel config section with ClientCertificateMode AllowCertificate, and the test CA inline as PEM.
/// </summary>
public sealed class HttpsCertificateApp : PermitCmsFactory, ICertificateApp
{
    public HttpsCertificateApp()
    {
        (ServerCertificate, var pfx) = TestCertificates.ServerPfx(DataDirectory);
        Set("Kestrel:Endpoints:Https:Url", "https://127.0.0.1:0");
        Set("Kestrel:Endpoints:Https:Certificate:Path", pfx);
        Set("Kestrel:Endpoints:Https:Certificate:Password", "test");
        Set("Kestrel:Endpoints:Https:ClientCertificateMode", "AllowCertificate");
        Set("CertificateLogin:TrustedCaPems:0", TestCertificates.TestCa.ExportCertificatePem());
        UseKestrel();
    }

    public System.Security.Cryptography.X509Certificates.X509Certificate2 ServerCertificate { get; }

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)));
        }
    }

    /// <summary>A client presenting <paramref name="certificate"/> in the TLS handshake; it trusts only this test server.</summary>
    public HttpClient ClientWith(System.Security.Cryptography.X509Certificates.X509Certificate2? certificate)
    {
        // The selection callback hands over the certificate as is: HttpClientHandler's own choice would skip
        // one without the clientAuth usage, and the server's answer to that case would go untested.
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            SslOptions = new System.Net.Security.SslClientAuthenticationOptions
            {
                LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate!,
                RemoteCertificateValidationCallback = (_, server, _, _) => server is not null && server.GetCertHashString() == ServerCertificate.GetCertHashString(),
            },
        };
        if (certificate is null)
        {
            handler.SslOptions.LocalCertificateSelectionCallback = null;
        }

        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }
}

/// <summary>Binds the test certificates: each invalid one to a real account, so that only validation can refuse it.</summary>
public static class CertificateSeed
{
    public static Task BindAsync(PermitCmsFactory app, string userName, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, bool revoked = false)
        => app.WithDbAsync(async db =>
        {
            var user = db.Users.Single(u => u.UserName == userName);
            db.Set<CertificateBinding>().Add(new CertificateBinding
            {
                UserId = user.Id,
                Thumbprint = TestCertificates.Thumbprint(certificate),
                Subject = certificate.Subject,
                Issuer = certificate.Issuer,
                SerialNumber = certificate.SerialNumber,
                NotBefore = certificate.NotBefore.ToUniversalTime(),
                NotAfter = certificate.NotAfter.ToUniversalTime(),
                CreatedAt = DateTime.UtcNow,
                RevokedAt = revoked ? DateTime.UtcNow : null,
                RevokedBy = revoked ? "admin" : null,
            });
            await db.SaveChangesAsync();
        });
}
