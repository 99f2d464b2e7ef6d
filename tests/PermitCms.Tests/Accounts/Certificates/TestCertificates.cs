using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>
/// Certificates made in code for the 卡介质 tests: a trusted test CA, another CA the app does not trust, the
/// client certificates of every case, and a server certificate for Kestrel's HTTPS endpoint.
/// </summary>
public static class TestCertificates
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public static readonly X509Certificate2 TestCa = CreateCa("CN=PermitCms Test CA, O=PermitCms Tests");
    public static readonly X509Certificate2 OtherCa = CreateCa("CN=Untrusted Other CA, O=Elsewhere");

    public static readonly X509Certificate2 ValidBound = Client("CN=华音文化 张三, O=PermitCms Tests", TestCa);
    public static readonly X509Certificate2 ValidUnbound = Client("CN=未绑定 李四, O=PermitCms Tests", TestCa);
    public static readonly X509Certificate2 Expired = Client("CN=过期 王五, O=PermitCms Tests", TestCa, Now.AddDays(-60), Now.AddDays(-1));
    public static readonly X509Certificate2 FromOtherCa = Client("CN=他处 赵六, O=Elsewhere", OtherCa);
    public static readonly X509Certificate2 Revoked = Client("CN=吊销 孙七, O=PermitCms Tests", TestCa);
    public static readonly X509Certificate2 NoClientAuth = Client("CN=服务器用途 周八, O=PermitCms Tests", TestCa, eku: "1.3.6.1.5.5.7.3.1");

    /// <summary>The value nginx puts in the header: the PEM, URL-encoded ($ssl_client_escaped_cert).</summary>
    public static string Escaped(X509Certificate2 certificate) => Uri.EscapeDataString(certificate.ExportCertificatePem());

    public static string Thumbprint(X509Certificate2 certificate) => certificate.GetCertHashString(HashAlgorithmName.SHA256);

    public static X509Certificate2 CreateCa(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return Reload(request.CreateSelfSigned(Now.AddYears(-1), Now.AddYears(5)));
    }

    public static X509Certificate2 Client(string subject, X509Certificate2 issuer, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null, string eku = "1.3.6.1.5.5.7.3.2")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(eku)], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var issued = request.Create(issuer, notBefore ?? Now.AddDays(-1), notAfter ?? Now.AddYears(1), serial);
        return Reload(issued.CopyWithPrivateKey(key));
    }

    /// <summary>Self-signed TLS server certificate for 127.0.0.1 and localhost, written as a PFX for Kestrel's config.</summary>
    public static (X509Certificate2 Certificate, string PfxPath) ServerPfx(string folder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(Now.AddDays(-1), Now.AddYears(1));
        var path = Path.Combine(folder, "server.pfx");
        File.WriteAllBytes(path, created.Export(X509ContentType.Pfx, "test"));
        return (X509CertificateLoader.LoadPkcs12FromFile(path, "test"), path);
    }

    /// <summary>Through PKCS#12, so that the private key is usable by TLS on every platform.</summary>
    private static X509Certificate2 Reload(X509Certificate2 certificate)
    {
        using (certificate)
        {
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
        }
    }
}
