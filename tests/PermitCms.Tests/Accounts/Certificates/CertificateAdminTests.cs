using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Certificates;
using PermitCms.Accounts.Pages.Admin;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>证书绑定管理: administrators see and revoke bindings; nobody else gets in.</summary>
public sealed class CertificateAdminTests(ForwardedCertificateApp app) : IClassFixture<ForwardedCertificateApp>
{
    private async Task<CertificateBinding> BindAsync(string subject, string userName)
    {
        var certificate = TestCertificates.Client(subject, TestCertificates.TestCa);
        await CertificateSeed.BindAsync(app, userName, certificate);
        return await app.WithDbAsync(db => db.Set<CertificateBinding>().AsNoTracking().SingleAsync(b => b.Thumbprint == TestCertificates.Thumbprint(certificate)));
    }

    [Fact]
    public async Task An_administrator_revokes_a_binding_and_the_certificate_no_longer_signs_in_nor_binds_again()
    {
        var certificate = TestCertificates.Client("CN=将被吊销, O=PermitCms Tests", TestCertificates.TestCa);
        await CertificateSeed.BindAsync(app, DemoAccounts.Enterprise1, certificate);
        var binding = await app.WithDbAsync(db => db.Set<CertificateBinding>().SingleAsync(b => b.Thumbprint == TestCertificates.Thumbprint(certificate)));
        using (var before = app.ClientWith(certificate))
        {
            await CardLogin.AssertSignedInAsEnterprise1Async(before);
        }

        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync(DemoAccounts.Administrator);
        var list = await admin.GetStringAsync("/Admin/Certificates");
        Assert.Contains("将被吊销", list, StringComparison.Ordinal);
        Assert.Contains("证书绑定管理", list, StringComparison.Ordinal);

        var revoke = await admin.PostFormAsync("/Admin/Certificates", "/Admin/Certificates?handler=Revoke&id=" + binding.Id.ToString(CultureInfo.InvariantCulture), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Contains(CertificatesModel.Revoked, await admin.GetStringAsync("/Admin/Certificates"), StringComparison.Ordinal);

        var revoked = await app.WithDbAsync(db => db.Set<CertificateBinding>().AsNoTracking().SingleAsync(b => b.Id == binding.Id));
        Assert.NotNull(revoked.RevokedAt);
        Assert.Equal(DemoAccounts.Administrator, revoked.RevokedBy);

        using (var after = app.ClientWith(certificate))
        {
            await CardLogin.AssertRefusedAsync(after, CertificateMessages.Revoked);
        }

        // The owner can neither remove the revoked binding nor bind the certificate again.
        using var owner = app.ClientWith(certificate);
        await owner.SignInAsync(DemoAccounts.Enterprise1);
        await owner.PostFormAsync("/Account/Profile", "/Account/Profile?handler=Unbind", new Dictionary<string, string> { ["id"] = binding.Id.ToString(CultureInfo.InvariantCulture) });
        await owner.PostFormAsync("/Account/Profile", "/Account/Profile?handler=Bind", new Dictionary<string, string>());
        Assert.Contains(CertificateBindings.RevokedCannotRebind, await owner.GetStringAsync("/Account/Profile"), StringComparison.Ordinal);
        Assert.NotNull((await app.WithDbAsync(db => db.Set<CertificateBinding>().AsNoTracking().SingleAsync(b => b.Id == binding.Id))).RevokedAt);
    }

    [Theory]
    [InlineData(DemoAccounts.Enterprise1)]
    [InlineData(DemoAccounts.Reviewer)]
    public async Task Only_administrators_open_the_page_or_revoke(string userName)
    {
        var binding = await BindAsync("CN=他人不可吊销 " + userName + ", O=PermitCms Tests", DemoAccounts.Enterprise2);
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(userName);

        var page = await client.GetAsync("/Admin/Certificates");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var token = HttpClientExtensions.ExtractAntiforgeryToken(await client.GetStringAsync("/Account/Profile"));
        var revoke = await client.PostAsync("/Admin/Certificates?handler=Revoke&id=" + binding.Id.ToString(CultureInfo.InvariantCulture), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.StartsWith("/Account/AccessDenied", revoke.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null((await app.WithDbAsync(db => db.Set<CertificateBinding>().AsNoTracking().SingleAsync(b => b.Id == binding.Id))).RevokedAt);
    }

    [Fact]
    public async Task The_admin_menu_shows_the_entry_to_administrators_only()
    {
        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync(DemoAccounts.Administrator);
        Assert.Contains("href=\"/Admin/Certificates\"", await admin.GetStringAsync("/Admin"), StringComparison.Ordinal);

        var reviewer = app.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);
        Assert.DoesNotContain("href=\"/Admin/Certificates\"", await reviewer.GetStringAsync("/Admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoke_without_the_antiforgery_token_is_refused()
    {
        var binding = await BindAsync("CN=无令牌吊销, O=PermitCms Tests", DemoAccounts.Enterprise2);
        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync(DemoAccounts.Administrator);

        var response = await admin.PostAsync("/Admin/Certificates?handler=Revoke&id=" + binding.Id.ToString(CultureInfo.InvariantCulture), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await app.WithDbAsync(db => db.Set<CertificateBinding>().AsNoTracking().SingleAsync(b => b.Id == binding.Id))).RevokedAt);
    }
}
