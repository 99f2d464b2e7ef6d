using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PermitCms.Accounts.Certificates;

/// <summary>The configured issuing CAs, read once. Nothing from the machine's own trust store is used.</summary>
public sealed class TrustedCertificateAuthorities(IOptions<CertificateLoginOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<X509Certificate2Collection> _roots = new(() => Load(options.Value, environment.ContentRootPath));

    public X509Certificate2Collection Roots => _roots.Value;

    public static bool CanLoad(CertificateLoginOptions options, IHostEnvironment environment)
    {
        try
        {
            Load(options, environment.ContentRootPath);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Security.Cryptography.CryptographicException or IOException)
        {
            return false;
        }
    }

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

            RequireAdded(roots, () => roots.ImportFromPemFile(path), path);
        }

        foreach (var pem in options.TrustedCaPems.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            RequireAdded(roots, () => roots.ImportFromPem(pem), "CertificateLogin:TrustedCaPems");
        }

        return roots;
    }

    /// <summary>Text without any certificate would otherwise be read as "trust nobody" without a word.</summary>
    private static void RequireAdded(X509Certificate2Collection roots, Action import, string source)
    {
        var before = roots.Count;
        import();
        if (roots.Count == before)
        {
            throw new InvalidOperationException($"{source} holds no PEM certificate.");
        }
    }
}
