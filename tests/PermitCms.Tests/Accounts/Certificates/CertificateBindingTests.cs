using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Certificates;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Accounts;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>Binding from 个人中心 and unbinding, through the proxy header (each test uses its own certificate).</summary>
public sealed class CertificateBindingTests(ForwardedCertificateApp app) : IClassFixture<ForwardedCertificateApp>
{
    private Task<List<CertificateBinding>> BindingsAsync(string thumbprint)
        => app.WithDbAsync(db => db.Set<CertificateBinding>().AsNoTracking().Where(b => b.Thumbprint == thumbprint).ToListAsync());

    private static Task<HttpResponseMessage> PostProfileAsync(HttpClient client, string handler, Dictionary<string, string>? fields = null)
        => client.PostFormAsync("/Account/Profile", "/Account/Profile?handler=" + handler, fields ?? []);

    [Fact]
    public async Task Binding_needs_a_signed_in_user()
    {
        var certificate = TestCertificates.Client("CN=匿名绑定, O=PermitCms Tests", TestCertificates.TestCa);
        using var client = app.ClientWith(certificate);
        var token = HttpClientExtensions.ExtractAntiforgeryToken(await client.GetStringAsync("/Account/CardLogin"));

        var response = await client.PostAsync("/Account/Profile?handler=Bind", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Empty(await BindingsAsync(TestCertificates.Thumbprint(certificate)));
    }

    [Fact]
    public async Task A_user_binds_the_presented_certificate_signs_in_with_it_and_unbinds_it()
    {
        var certificate = TestCertificates.Client("CN=东方声像 绑定测试, O=PermitCms Tests", TestCertificates.TestCa);
        using var owner = app.ClientWith(certificate);
        await owner.SignInAsync(DemoAccounts.Enterprise2);
        var profile = await owner.GetStringAsync("/Account/Profile");
        Assert.Contains("东方声像 绑定测试", profile, StringComparison.Ordinal);
        Assert.Contains("可用于登录", profile, StringComparison.Ordinal);

        var bind = await PostProfileAsync(owner, "Bind");
        Assert.Equal(HttpStatusCode.Redirect, bind.StatusCode);
        Assert.Contains(ProfileModel.Bound, await owner.GetStringAsync("/Account/Profile"), StringComparison.Ordinal);
        var binding = Assert.Single(await BindingsAsync(TestCertificates.Thumbprint(certificate)));
        var ent2 = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == DemoAccounts.Enterprise2));
        Assert.Equal(ent2.Id, binding.UserId);
        Assert.Equal(certificate.SerialNumber, binding.SerialNumber);

        // Binding it again changes nothing.
        await PostProfileAsync(owner, "Bind");
        Assert.Contains(CertificateBindings.AlreadyBoundToYou, await owner.GetStringAsync("/Account/Profile"), StringComparison.Ordinal);
        Assert.Single(await BindingsAsync(TestCertificates.Thumbprint(certificate)));

        using (var card = app.ClientWith(certificate))
        {
            var login = await CardLogin.PressLoginAsync(card);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Contains(DemoAccounts.Enterprise2Name, await card.GetStringAsync("/"), StringComparison.Ordinal);
        }

        // Another user cannot take the same certificate.
        using (var other = app.ClientWith(certificate))
        {
            await other.SignInAsync(DemoAccounts.Enterprise1);
            await PostProfileAsync(other, "Bind");
            Assert.Contains(CertificateBindings.BoundToAnother, await other.GetStringAsync("/Account/Profile"), StringComparison.Ordinal);
            Assert.Equal(ent2.Id, Assert.Single(await BindingsAsync(TestCertificates.Thumbprint(certificate))).UserId);

            // Nor remove it.
            await PostProfileAsync(other, "Unbind", new() { ["id"] = binding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            Assert.Single(await BindingsAsync(TestCertificates.Thumbprint(certificate)));
        }

        var unbind = await PostProfileAsync(owner, "Unbind", new() { ["id"] = binding.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, unbind.StatusCode);
        Assert.Empty(await BindingsAsync(TestCertificates.Thumbprint(certificate)));
        using var after = app.ClientWith(certificate);
        await CardLogin.AssertRefusedAsync(after, CertificateMessages.Unbound);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("other-ca")]
    [InlineData("no-client-auth")]
    [InlineData("none")]
    public async Task A_certificate_that_could_not_sign_in_cannot_be_bound(string name)
    {
        var (certificate, message) = CardLogin.Case(name);
        using var client = app.ClientWith(certificate);
        await client.SignInAsync(DemoAccounts.Reviewer);

        await PostProfileAsync(client, "Bind");

        Assert.Contains(message, await client.GetStringAsync("/Account/Profile"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<CertificateBinding>().AnyAsync(b => b.User!.UserName == DemoAccounts.Reviewer)));
    }

    [Fact]
    public async Task A_session_opened_by_certificate_cannot_bind_another_certificate()
    {
        var first = TestCertificates.Client("CN=第一张卡, O=PermitCms Tests", TestCertificates.TestCa);
        var second = TestCertificates.Client("CN=第二张卡, O=PermitCms Tests", TestCertificates.TestCa);
        await CertificateSeed.BindAsync(app, DemoAccounts.Administrator, first);
        using var client = app.ClientWith(first);
        Assert.Equal(HttpStatusCode.Redirect, (await CardLogin.PressLoginAsync(client)).StatusCode);

        client.DefaultRequestHeaders.Remove(ForwardedCertificateApp.Header);
        client.DefaultRequestHeaders.Add(ForwardedCertificateApp.Header, TestCertificates.Escaped(second));
        var profile = await client.GetStringAsync("/Account/Profile");
        Assert.Contains("卡介质证书", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"bind-certificate\"", profile, StringComparison.Ordinal);

        await PostProfileAsync(client, "Bind");
        Assert.Contains(ProfileModel.PasswordSessionRequired, await client.GetStringAsync("/Account/Profile"), StringComparison.Ordinal);
        Assert.Empty(await BindingsAsync(TestCertificates.Thumbprint(second)));
    }

    [Fact]
    public async Task A_locked_out_user_cannot_sign_in_by_certificate_either()
    {
        var certificate = TestCertificates.Client("CN=锁定测试, O=PermitCms Tests", TestCertificates.TestCa);
        await using var isolated = new ForwardedCertificateApp();
        await CertificateSeed.BindAsync(isolated, DemoAccounts.Enterprise1, certificate);
        await isolated.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == DemoAccounts.Enterprise1);
            user.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(15);
            await db.SaveChangesAsync();
        });

        using var client = isolated.ClientWith(certificate);
        await CardLogin.AssertRefusedAsync(client, CertificateMessages.LockedOut);
    }
}
