using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PermitCms.Accounts.Captcha;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

/// <summary>Chromium signs in through the login page, captcha on, against the app on a real Kestrel port.</summary>
public sealed class LoginBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = (KestrelPermitCmsFactory)new KestrelPermitCmsFactory().WithCaptcha();

    [Fact]
    public async Task An_enterprise_user_signs_in_with_the_captcha_and_sees_its_enterprise()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);

        await page.GotoAsync("/");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#captcha-image")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "login");

        // Clicking the image draws a new challenge (a new cookie); the answer is the newest one.
        var firstCookie = await CaptchaCookieAsync(page);
        await page.Locator(".captcha-refresh").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('captcha-image').complete");
        await Poll.UntilAsync(async () => await CaptchaCookieAsync(page) != firstCookie);

        await page.GetByLabel("用户名").FillAsync(DemoAccounts.Enterprise1);
        await page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await page.GetByLabel("验证码").FillAsync(await AnswerForAsync(await CaptchaCookieAsync(page)));
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.Locator("#enterprise-name")).ToHaveTextAsync(DemoAccounts.Enterprise1Name);
        await Assertions.Expect(page.Locator(".sw-menu")).ToContainTextAsync("批准单申请");
        await Assertions.Expect(page.Locator(".sw-menu")).ToContainTextAsync("批准单查询");
        await BrowserFixture.ScreenshotAsync(page, "enterprise-home");

        await page.Locator("#logout").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_captcha_keeps_the_user_on_the_login_page_with_one_message()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(DemoAccounts.Reviewer);
        await page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await page.GetByLabel("验证码").FillAsync("0000");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.Locator(".alert-danger")).ToContainTextAsync("用户名、密码或验证码错误");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_reaches_the_admin_layout()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(DemoAccounts.Reviewer);
        await page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await page.GetByLabel("验证码").FillAsync(await AnswerForAsync(await CaptchaCookieAsync(page)));
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.Locator(".admin-brand-title")).ToHaveTextAsync("批准单审批管理");
        await Assertions.Expect(page.Locator("#current-user")).ToHaveTextAsync("审批员张三");
        await BrowserFixture.ScreenshotAsync(page, "admin-home");
    }

    private static async Task<string> CaptchaCookieAsync(IPage page)
    {
        await Poll.UntilAsync(async () => (await page.Context.CookiesAsync()).Any(c => c.Name == CaptchaService.CookieName));
        return (await page.Context.CookiesAsync()).Single(c => c.Name == CaptchaService.CookieName).Value;
    }

    private Task<string> AnswerForAsync(string cookie)
        => _app.WithDbAsync(db => db.Set<CaptchaChallenge>().Where(c => c.Id == Guid.ParseExact(cookie, "N")).Select(c => c.Answer).SingleAsync());

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
