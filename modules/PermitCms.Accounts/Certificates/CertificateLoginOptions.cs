using System.Security.Cryptography.X509Certificates;

namespace PermitCms.Accounts.Certificates;

/// <summary>Configuration section <c>CertificateLogin</c>: which CAs issue sign-in certificates, and the proxy header.</summary>
public sealed class CertificateLoginOptions
{
    public const string Section = "CertificateLogin";

    /// <summary>PEM files of the trusted issuing CAs; relative paths are under the content root.</summary>
    public List<string> TrustedCaFiles { get; set; } = [];

    /// <summary>Trusted issuing CAs given inline as PEM text (e.g. from a secret store).</summary>
    public List<string> TrustedCaPems { get; set; } = [];

    /// <summary>
    /// Header in which a TLS-terminating reverse proxy forwards the client certificate (e.g. X-Client-Cert).
    /// Empty: forwarding is off and only certificates from the app's own TLS connection count.
    /// </summary>
    public string? ForwardingHeader { get; set; }

    /// <summary>CRL/OCSP checking of the chain. NoCheck by default: revocation is the administrator's binding revoke.</summary>
    public X509RevocationMode RevocationMode { get; set; } = X509RevocationMode.NoCheck;
}
