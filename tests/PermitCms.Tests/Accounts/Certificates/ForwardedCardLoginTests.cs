using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>卡介质登录 behind a TLS-terminating proxy: the certificate arrives in the configured header.</summary>
public sealed class ForwardedCardLoginTests(ForwardedCertificateApp app) : CardLoginCases<ForwardedCertificateApp>(app), IClassFixture<ForwardedCertificateApp>
{
    [Theory]
    [InlineData("not a certificate")]
    [InlineData("-----BEGIN%20CERTIFICATE-----%0AAAAA%0A-----END%20CERTIFICATE-----")]
    public async Task A_garbled_header_counts_as_no_certificate(string header)
    {
        using var client = App.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(ForwardedCertificateApp.Header, header);
        await CardLogin.AssertRefusedAsync(client, PermitCms.Accounts.Certificates.CertificateMessages.Missing);
    }

    [Fact]
    public void The_header_may_also_carry_base64_DER_as_other_proxies_send_it()
    {
        var parsed = PermitCms.Accounts.Certificates.CertificateForwarding.Parse(Convert.ToBase64String(TestCertificates.ValidBound.RawData));
        Assert.Equal(TestCertificates.Thumbprint(TestCertificates.ValidBound), TestCertificates.Thumbprint(parsed!));
    }
}
