using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PermitCms.Accounts.Certificates;

public static class CertificateInfo
{
    /// <summary>SHA-256 over the DER bytes (SHA-1 thumbprints are no longer collision-safe).</summary>
    public static string Thumbprint(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    /// <summary>Space-separated groups of four, for people comparing a thumbprint by eye.</summary>
    public static string Grouped(string thumbprint)
        => string.Join(' ', Enumerable.Range(0, (thumbprint.Length + 3) / 4).Select(i => thumbprint.Substring(i * 4, Math.Min(4, thumbprint.Length - (i * 4)))));

    public static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
