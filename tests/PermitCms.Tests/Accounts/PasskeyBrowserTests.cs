using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

/// <summary>
/// Security keys in Chromium with its virtual authenticator (CDP WebAuthn domain). WebAuthn needs a secure
/// context, which http://localhost is and http://127.0.0.1 may not be, so the browser uses the name localhost.
/// </summary>
public sealed class PasskeyBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task A_user_registers_a_passkey_in_the_profile_and_signs_in_with_it()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
        await AddVirtualAuthenticatorAsync(page);

        await BrowserFixture.SignInAsync(page, DemoAccounts.Enterprise1);
        await Assertions.Expect(page.Locator("#enterprise-name")).ToHaveTextAsync(DemoAccounts.Enterprise1Name);

        // The user's name in the header leads to 个人中心.
        await page.Locator("#current-user").ClickAsync();
        await Assertions.Expect(page.Locator("#no-passkeys")).ToBeVisibleAsync();
        await page.GetByLabel("密钥名称").FillAsync("办公室安全密钥");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加安全密钥" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("安全密钥已登记");
        await Assertions.Expect(page.Locator("#passkey-list .passkey-name")).ToHaveTextAsync("办公室安全密钥");
        await BrowserFixture.ScreenshotAsync(page, "profile-passkey");
        Assert.Equal(1, await _app.WithDbAsync(db => Task.FromResult(db.UserPasskeys.Count())));

        await page.Locator("#logout").ClickAsync();
        await page.Locator("#card-login-tab").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "使用安全密钥登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("#enterprise-name")).ToHaveTextAsync(DemoAccounts.Enterprise1Name);
        await page.Locator("#current-user").ClickAsync();
        await Assertions.Expect(page.Locator("#sign-in-method")).ToHaveTextAsync("安全密钥");
        // A key holder may not add further ways in; that needs password + captcha.
        await Assertions.Expect(page.Locator("#password-session-note")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#add-passkey")).ToHaveCountAsync(0);

        // Removed, the key no longer opens the account.
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.Locator("#passkey-list button").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("安全密钥已删除");
        await page.Locator("#logout").ClickAsync();
        await page.Locator("#card-login-button").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "使用安全密钥登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("#card-login-error")).ToContainTextAsync("安全密钥验证失败");
        Assert.Contains("/Account/CardLogin", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_made_on_an_origin_not_in_Passkeys_Origins_is_refused()
    {
        await using var app = new KestrelPermitCmsFactory();
        app.Set("Passkeys:Origins:0", "https://permit.example.cn");
        var page = await browser.NewPageAsync(app.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
        await AddVirtualAuthenticatorAsync(page);
        await BrowserFixture.SignInAsync(page, DemoAccounts.Enterprise2);
        await page.GotoAsync("/Account/Profile");

        await page.GetByRole(AriaRole.Button, new() { Name = "添加安全密钥" }).ClickAsync();

        await Assertions.Expect(page.Locator(".alert-danger").First).ToContainTextAsync("安全密钥登记失败");
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.UserPasskeys.Count())));
    }

    private static async Task AddVirtualAuthenticatorAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true,
            },
        });
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
