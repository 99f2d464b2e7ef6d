using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Certificates;

/// <summary>
/// 卡介质登录 in Chromium. The certificate comes the way a reverse proxy delivers it (the configured header,
/// set on every request of the page), which stands in for the browser's certificate picker.
/// </summary>
public sealed class CardLoginBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = CreateApp();

    private static KestrelPermitCmsFactory CreateApp()
    {
        var app = new KestrelPermitCmsFactory();
        app.Set("CertificateLogin:TrustedCaPems:0", TestCertificates.TestCa.ExportCertificatePem());
        app.Set("CertificateLogin:ForwardingHeader", ForwardedCertificateApp.Header);
        return app;
    }

    [Fact]
    public async Task A_user_binds_the_card_signs_in_with_it_and_the_administrator_revokes_it()
    {
        var certificate = TestCertificates.Client("CN=华音文化 张三 (IC卡), O=PermitCms Tests", TestCertificates.TestCa);
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [ForwardedCertificateApp.Header] = TestCertificates.Escaped(certificate) });

        await page.GotoAsync("/Account/Login");
        await Assertions.Expect(page.Locator("#card-login-tab")).ToHaveTextAsync("卡介质登录");
        await BrowserFixture.ScreenshotAsync(page, "login-with-card-tab");

        // Not bound yet: a clear message and still on the card page.
        await page.Locator("#card-login-tab").ClickAsync();
        await page.Locator("#card-login").ClickAsync();
        await Assertions.Expect(page.Locator("#card-login-error")).ToContainTextAsync("尚未绑定任何账户");

        await page.Locator("#password-login-tab").ClickAsync();
        await page.GetByLabel("用户名").FillAsync(DemoAccounts.Enterprise1);
        await page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await page.Locator("#login-form button[type=submit]").ClickAsync();
        await page.Locator("#current-user").ClickAsync();
        await Assertions.Expect(page.Locator("#presented-certificate")).ToContainTextAsync("可用于登录");
        await page.Locator("#bind-certificate").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("卡介质证书已绑定");
        await Assertions.Expect(page.Locator("#bindings")).ToContainTextAsync("华音文化 张三 (IC卡)");
        await Assertions.Expect(page.Locator("#presented-bound")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "profile-certificate");

        await page.Locator("#logout").ClickAsync();
        await page.Locator("#card-login-tab").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "使用安全密钥登录" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "card-login");
        await page.Locator("#card-login").ClickAsync();
        await Assertions.Expect(page.Locator("#enterprise-name")).ToHaveTextAsync(DemoAccounts.Enterprise1Name);

        var admin = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(admin, DemoAccounts.Administrator);
        await admin.GetByRole(AriaRole.Link, new() { Name = "证书绑定管理" }).First.ClickAsync();
        await Assertions.Expect(admin.Locator("#certificate-bindings")).ToContainTextAsync("华音文化 张三 (IC卡)");
        await BrowserFixture.ScreenshotAsync(admin, "admin-certificates");
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "吊销" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".alert-success")).ToContainTextAsync("证书绑定已吊销");
        await Assertions.Expect(admin.Locator("#certificate-bindings")).ToContainTextAsync("已吊销");
        await BrowserFixture.ScreenshotAsync(admin, "admin-certificates-revoked");
        await admin.Locator("#current-user").ClickAsync();
        await Assertions.Expect(admin.Locator("#profile-username")).ToHaveTextAsync(DemoAccounts.Administrator);
        await BrowserFixture.ScreenshotAsync(admin, "admin-profile");

        await page.Locator("#logout").ClickAsync();
        await page.GotoAsync("/Account/CardLogin");
        await page.Locator("#card-login").ClickAsync();
        await Assertions.Expect(page.Locator("#card-login-error")).ToContainTextAsync("已被管理员吊销");
        await BrowserFixture.ScreenshotAsync(page, "card-login-revoked");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
