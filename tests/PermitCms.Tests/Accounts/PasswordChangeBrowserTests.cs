using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Auditing;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

/// <summary>Chromium: an administrator resets a password, the user is led to 修改密码, the 审计日志 shows both.</summary>
public sealed class PasswordChangeBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task A_reset_user_changes_the_password_and_the_administrator_finds_it_in_the_audit_log()
    {
        var admin = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(admin, DemoAccounts.Administrator);
        await admin.GotoAsync("/Admin/Users");
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        var row = admin.Locator("tr", new() { HasText = DemoAccounts.Enterprise2 });
        await row.GetByRole(AriaRole.Button, new() { Name = "重置密码" }).ClickAsync();
        var message = await admin.Locator(".alert-success").InnerTextAsync();
        var password = message.Split('：')[1].Split('（')[0];

        var user = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(user, DemoAccounts.Enterprise2, password);
        await Assertions.Expect(user).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword$"));
        await Assertions.Expect(user.Locator("#must-change-password")).ToHaveTextAsync(ChangePasswordModel.MustChange);
        await BrowserFixture.ScreenshotAsync(user, "change-password-forced");

        await user.GetByLabel("当前密码").FillAsync(password);
        await user.GetByLabel("新密码", new() { Exact = true }).FillAsync("Brand@New2026");
        await user.GetByLabel("确认新密码").FillAsync("Brand@New2026");
        await user.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await Assertions.Expect(user.Locator(".alert-success")).ToContainTextAsync(ChangePasswordModel.Changed);
        await BrowserFixture.ScreenshotAsync(user, "change-password-done");
        await user.GotoAsync("/");
        await Assertions.Expect(user.Locator("#enterprise-name")).ToBeVisibleAsync();

        await admin.GotoAsync("/Admin");
        await admin.Locator("a", new() { HasText = "审计日志" }).First.ClickAsync();
        await Assertions.Expect(admin.Locator("#audit-entries")).ToContainTextAsync(AuditKinds.PasswordChanged);
        await Assertions.Expect(admin.Locator("#audit-entries")).ToContainTextAsync(AuditKinds.PasswordReset);
        await BrowserFixture.ScreenshotAsync(admin, "audit-log");

        await admin.Locator("#Kind").SelectOptionAsync(AuditKinds.PasswordReset);
        await admin.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#audit-entries tbody tr")).ToHaveCountAsync(1);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Kind == AuditKinds.PasswordReset, TestContext.Current.CancellationToken)));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
