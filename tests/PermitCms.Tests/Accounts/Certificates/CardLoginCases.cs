using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>
/// Every 卡介质登录 case, run once per way a certificate reaches the app (the subclasses): a valid bound
/// certificate signs in, every other one gets its own message and no session.
/// </summary>
public abstract class CardLoginCases<TApp>(TApp app) : IAsyncLifetime
    where TApp : PermitCmsFactory, ICertificateApp
{
    protected TApp App { get; } = app;

    public async ValueTask InitializeAsync()
    {
        if (!await App.WithDbAsync(db => Task.FromResult(db.Set<PermitCms.Accounts.Certificates.CertificateBinding>().Any())))
        {
            await CardLogin.CasesSeededAsync(App);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_valid_bound_certificate_signs_in_its_user()
    {
        using var client = App.ClientWith(TestCertificates.ValidBound);
        await CardLogin.AssertSignedInAsEnterprise1Async(client);
    }

    [Theory]
    [MemberData(nameof(CardLogin.RefusedCases), MemberType = typeof(CardLogin))]
    public async Task Every_other_certificate_gets_a_clear_message_and_no_session(string name)
    {
        var (certificate, message) = CardLogin.Case(name);
        using var client = App.ClientWith(certificate);
        await CardLogin.AssertRefusedAsync(client, message);
    }
}
