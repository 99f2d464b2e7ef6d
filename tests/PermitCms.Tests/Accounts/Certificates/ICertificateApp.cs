using System.Security.Cryptography.X509Certificates;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>An app that a client reaches with a card: in the TLS handshake or in the proxy's header.</summary>
public interface ICertificateApp
{
    HttpClient ClientWith(X509Certificate2? certificate);
}
