using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using PermitCms.Core.Data;

namespace PermitCms.Web.Hosting;

/// <summary>
/// Data Protection keys (they sign the sign-in and antiforgery cookies) live in the database, so that every app
/// instance shares them. With DataProtection:CertificatePath they are encrypted there with that certificate's
/// key; without it they are stored in plain XML and whoever can read the database can forge cookies.
/// </summary>
internal static class DataProtectionSetup
{
    public const string Section = "DataProtection";

    public static void Add(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("PermitCms")
            .PersistKeysToDbContext<PermitCmsDbContext>();

        var path = configuration[$"{Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var fullPath = Path.GetFullPath(path, environment.ContentRootPath);
        if (!File.Exists(fullPath))
        {
            throw new InvalidOperationException($"{Section}:CertificatePath: '{fullPath}' does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(fullPath, configuration[$"{Section}:CertificatePassword"],
            X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{Section}:CertificatePath: '{fullPath}' holds no private key.");
        }

        builder.ProtectKeysWithCertificate(certificate);
        // ProtectKeysWithCertificate only encrypts; decrypting needs the same certificate findable, which
        // UnprotectKeysWithAnyCertificate provides without the machine's certificate store.
        builder.UnprotectKeysWithAnyCertificate(certificate);
    }
}
