namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>卡介质登录 over a real Kestrel HTTPS endpoint: the certificate travels in the TLS handshake.</summary>
public sealed class HttpsCardLoginTests(HttpsCertificateApp app) : CardLoginCases<HttpsCertificateApp>(app), IClassFixture<HttpsCertificateApp>;
