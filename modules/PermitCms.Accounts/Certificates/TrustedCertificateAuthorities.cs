using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PermitCms.Accounts.Certificates;

/// <summary>The configured issuing CAs, read once. Nothing from the machine's own trust store is used.</summary>
public sealed class TrustedCertificateAuthorities(IOptions<CertificateLoginOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<X509Certificate2Collection> _roots = new(() => Load(options.Value, environment.ContentRootPath));

    public X509Certificate2Collection Roots => _roots.Value;

    private static X509Certificate2Collection Load(CertificateLoginOptions options, string contentRoot)
    {
        var roots = new X509Certificate2Collection();
        foreach (var file in options.TrustedCaFiles.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var path = Path.IsPathRooted(file) ? file : Path.Combine(contentRoot, file);
            if (!File.Exists(path))
            {
                // A missing CA file is a deployment mistake; failing loudly beats silently trusting nobody.
                throw new InvalidOperationException($"CertificateLogin:TrustedCaFiles names '{path}', which does not exist.");
            }

            roots.ImportFromPemFile(path);
        }

        foreach (var pem in options.TrustedCaPems.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            roots.ImportFromPem(pem);
        }

        return roots;
    }
}
