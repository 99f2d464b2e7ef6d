using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Api;

/// <summary>Chromium: 个人中心 → API 令牌 creates a token shown once, the token works, the administrator revokes it; Scalar renders.</summary>
public sealed class ApiTokenBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task A_user_creates_a_token_on_the_profile_and_an_administrator_revokes_it()
    {
        var user = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(user, DemoAccounts.Enterprise1);
        await user.GotoAsync("/Account/Profile");
        await user.Locator("#api-tokens-link").ClickAsync();
        await Assertions.Expect(user).ToHaveURLAsync(new Regex("/Account/ApiTokens$"));
        await user.GetByLabel("令牌名称").FillAsync("ERP 正式环境");
        await user.GetByLabel("有效期").SelectOptionAsync("180");
        await user.GetByRole(AriaRole.Button, new() { Name = "创建令牌" }).ClickAsync();
        var secret = await user.Locator("#created-secret").InputValueAsync();
        Assert.StartsWith("pcms_", secret);
        await Assertions.Expect(user.Locator("#tokens")).ToContainTextAsync("ERP 正式环境");
        await BrowserFixture.ScreenshotAsync(user, "api-tokens-created");

        using var api = ApiClient.For(_app, secret);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.GetAsync("/api/v1/permits", TestContext.Current.CancellationToken)).StatusCode);

        var admin = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(admin, DemoAccounts.Administrator);
        await admin.GotoAsync("/Admin/ApiTokens");
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        var row = admin.Locator("#tokens tr", new() { HasText = "ERP 正式环境" });
        await BrowserFixture.ScreenshotAsync(admin, "admin-api-tokens");
        await row.GetByRole(AriaRole.Button, new() { Name = "吊销" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#token-message")).ToHaveTextAsync("令牌已吊销。");
        await Assertions.Expect(admin.Locator("#tokens")).ToContainTextAsync("已吊销");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/permits", TestContext.Current.CancellationToken)).StatusCode);

        var errors = new List<string>();
        var docs = await browser.NewPageAsync(_app.BaseUrl);
        docs.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await docs.GotoAsync("/scalar");
        await Assertions.Expect(docs.GetByText("CreatePermit").Or(docs.GetByText("新增 + 暂存").First).First).ToBeVisibleAsync(new() { Timeout = 30000 });
        await BrowserFixture.ScreenshotAsync(docs, "scalar");
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
