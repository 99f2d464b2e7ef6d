namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>卡介质登录 behind a TLS-terminating proxy: the certificate arrives in the configured header.</summary>
public sealed class ForwardedCardLoginTests(ForwardedCertificateApp app) : CardLoginCases<ForwardedCertificateApp>(app), IClassFixture<ForwardedCertificateApp>;
