using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Auditing;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

/// <summary>修改密码, and the change an administrator's reset forces at the next sign-in.</summary>
public sealed partial class PasswordChangeTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_an_administrators_reset_every_page_leads_to_change_password_until_it_is_changed()
    {
        var admin = factory.CreateBrowserLikeClient();
        await admin.SignInAsync(DemoAccounts.Administrator);
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Enterprise2).Select(u => u.Id).SingleAsync(Ct));
        var reset = await admin.PostFormAsync("/Admin/Users", "/Admin/Users?handler=ResetPassword", new Dictionary<string, string> { ["id"] = userId });
        var password = NewPasswordPattern().Match(await admin.GetStringAsync(reset.Headers.Location!.OriginalString, Ct)).Groups[1].Value;
        Assert.NotEmpty(password);

        var user = factory.CreateBrowserLikeClient();
        await user.SignInAsync(DemoAccounts.Enterprise2, password);
        foreach (var url in new[] { "/", "/Account/Profile", "/Permits/Query" })
        {
            var response = await user.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/ChangePassword", response.Headers.Location!.OriginalString);
        }

        Assert.Contains(ChangePasswordModel.MustChange, await user.GetStringAsync("/Account/ChangePassword", Ct), StringComparison.Ordinal);

        // Wrong current password, mismatch, same as old: refused, nothing changes.
        Assert.Contains("当前密码不正确", await ChangeAsync(user, "Wrong@12345", "Brand@New2026", "Brand@New2026"), StringComparison.Ordinal);
        Assert.Contains("两次输入的新密码不一致", await ChangeAsync(user, password, "Brand@New2026", "Other@New2026"), StringComparison.Ordinal);
        Assert.Contains(ChangePasswordModel.SameAsOld, await ChangeAsync(user, password, password, password), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.MustChangePassword).SingleAsync(Ct)));

        var changed = await PostChangeAsync(user, password, "Brand@New2026", "Brand@New2026");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/", Ct)).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.MustChangePassword).SingleAsync(Ct)));
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.Kind == AuditKinds.PasswordChanged && e.UserName == DemoAccounts.Enterprise2, Ct)));

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserLikeClient().LoginAsync(DemoAccounts.Enterprise2, password)).StatusCode);
        await factory.CreateBrowserLikeClient().SignInAsync(DemoAccounts.Enterprise2, "Brand@New2026");
    }

    [Theory]
    [InlineData(DemoAccounts.Reviewer)]
    [InlineData(DemoAccounts.Enterprise1)]
    public async Task Every_user_reaches_change_password_from_the_profile_and_changes_it(string userName)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(userName);
        Assert.Contains("href=\"/Account/ChangePassword\"", await client.GetStringAsync("/Account/Profile", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain(ChangePasswordModel.MustChange, await client.GetStringAsync("/Account/ChangePassword", Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostChangeAsync(client, DemoAccounts.Password, "Changed@2026x", "Changed@2026x")).StatusCode);
        Assert.Contains(ChangePasswordModel.Changed, await client.GetStringAsync("/Account/ChangePassword", Ct), StringComparison.Ordinal);
        await factory.CreateBrowserLikeClient().SignInAsync(userName, "Changed@2026x");
    }

    private static async Task<string> ChangeAsync(HttpClient client, string current, string next, string confirm)
    {
        var response = await PostChangeAsync(client, current, next, confirm);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string next, string confirm)
        => client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = confirm,
        });

    [GeneratedRegex("的新密码：([^（]+)（")]
    private static partial Regex NewPasswordPattern();
}
