namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>卡介质登录 over a real Kestrel HTTPS endpoint: the certificate travels in the TLS handshake.</summary>
public sealed class HttpsCardLoginTests(HttpsCertificateApp app) : IClassFixture<HttpsCertificateApp>, IAsyncLifetime
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
}
