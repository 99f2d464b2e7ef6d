using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace PermitCms.Accounts.Certificates;

public enum CertificateCheck
{
    Valid,
    Missing,
    NotYetValid,
    Expired,
    NotForClientAuth,
    Untrusted,
}

/// <summary>
/// Decides whether a presented client certificate may sign in: issued (directly or through intermediates
/// sent along) by one of the configured CAs, within its validity dates, and meant for client authentication.
/// Kestrel accepts any certificate at the TLS level so that this check, not the handshake, gives the answer.
/// </summary>
public sealed class ClientCertificateValidator(TrustedCertificateAuthorities authorities, IOptions<CertificateLoginOptions> options, TimeProvider time)
{
    public const string ClientAuthOid = "1.3.6.1.5.5.7.3.2";

    public CertificateCheck Validate(X509Certificate2? certificate)
    {
        if (certificate is null)
        {
            return CertificateCheck.Missing;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (certificate.NotBefore.ToUniversalTime() > now)
        {
            return CertificateCheck.NotYetValid;
        }

        if (certificate.NotAfter.ToUniversalTime() < now)
        {
            return CertificateCheck.Expired;
        }

        if (!IsForClientAuth(certificate))
        {
            return CertificateCheck.NotForClientAuth;
        }

        var roots = authorities.Roots;
        if (roots.Count == 0)
        {
            return CertificateCheck.Untrusted;
        }

        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.AddRange(roots);
        policy.RevocationMode = options.Value.RevocationMode;
        policy.RevocationFlag = X509RevocationFlag.ExcludeRoot;
        policy.VerificationTime = now;
        policy.ApplicationPolicy.Add(new System.Security.Cryptography.Oid(ClientAuthOid));
        policy.DisableCertificateDownloads = true;
        return chain.Build(certificate) ? CertificateCheck.Valid : CertificateCheck.Untrusted;
    }

    /// <summary>An explicit clientAuth EKU is required (IC-card certificates carry one); key usage, when present, must allow signing.</summary>
    private static bool IsForClientAuth(X509Certificate2 certificate)
    {
        var eku = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        if (eku is null || !eku.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Any(o => o.Value == ClientAuthOid))
        {
            return false;
        }

        var keyUsage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        return keyUsage is null || keyUsage.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature);
    }
}
