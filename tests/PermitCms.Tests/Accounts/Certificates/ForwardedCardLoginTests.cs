using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>卡介质登录 behind a TLS-terminating proxy: the certificate arrives in the configured header.</summary>
public sealed class ForwardedCardLoginTests(ForwardedCertificateApp app) : IClassFixture<ForwardedCertificateApp>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        if (!await app.WithDbAsync(db => Task.FromResult(db.Set<PermitCms.Accounts.Certificates.CertificateBinding>().Any())))
        {
            await CardLogin.CasesSeededAsync(app);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_valid_bound_certificate_signs_in_its_user()
    {
        using var client = app.ClientWith(TestCertificates.ValidBound);
        await CardLogin.AssertSignedInAsEnterprise1Async(client);
    }

    [Theory]
    [MemberData(nameof(CardLogin.RefusedCases), MemberType = typeof(CardLogin))]
    public async Task Every_other_certificate_gets_a_clear_message_and_no_session(string name)
    {
        var (certificate, message) = CardLogin.Case(name);
        using var client = app.ClientWith(certificate);
        await CardLogin.AssertRefusedAsync(client, message);
    }

    [Theory]
    [InlineData("not a certificate")]
    [InlineData("-----BEGIN%20CERTIFICATE-----%0AAAAA%0A-----END%20CERTIFICATE-----")]
    public async Task A_garbled_header_counts_as_no_certificate(string header)
    {
        using var client = app.CreateBrowserLikeClient();
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
