using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Issuance;

/// <summary>In Chromium: a customs officer 核查 and 核销 a permit by keyboard and mouse; the public page follows its status.</summary>
public sealed class CustomsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task Customs_looks_up_is_refused_an_over_use_writes_the_permit_off_and_the_public_page_shows_it()
    {
        var (id, _) = await IssuedPermits.ApprovedAsync(_app, DemoAccounts.Enterprise1, "HG-2026-0901");
        var code = (await IssuedPermits.LoadAsync(_app, id)).CreditCode;
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(page, DemoAccounts.Customs);

        await page.GotoAsync("/Customs");
        await page.GetByLabel("批准单编号").FillAsync("HG-2026-0901");
        await page.GetByLabel("进口单位统一社会信用代码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "核查" }).ClickAsync();
        await Assertions.Expect(page.Locator("#customs-status")).ToHaveTextAsync("有效");

        await page.GetByLabel("序号 1 本次核销数量").FillAsync("4");
        await page.EvaluateAsync("document.getElementById('q-1').removeAttribute('max')"); // past the browser's own check, to the server's
        await page.GetByRole(AriaRole.Button, new() { Name = "核销", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#usage-lines .invalid-feedback")).ToContainTextAsync("超过剩余可核销数量 3");
        await Assertions.Expect(page.Locator("#usage-lines tr[data-line='1'] [data-used]")).ToHaveTextAsync("0");
        await BrowserFixture.ScreenshotAsync(page, "customs-over-quantity");

        await page.GetByLabel("序号 1 本次核销数量").FillAsync("3");
        await page.GetByLabel("报关单号（选填）").FillAsync("531620260000099999");
        await page.GetByRole(AriaRole.Button, new() { Name = "核销", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#customs-success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#customs-status")).ToHaveTextAsync("已核销");
        await BrowserFixture.ScreenshotAsync(page, "customs-written-off");
        Assert.Equal(PermitStates.WrittenOff, await IssuedPermits.StateAsync(_app, id));

        var token = (await IssuedPermits.LoadAsync(_app, id)).VerificationToken;
        var anonymous = await browser.NewPageAsync(_app.BaseUrl);
        await anonymous.GotoAsync($"/Verify/{token}");
        await Assertions.Expect(anonymous.Locator("#verify-status")).ToHaveTextAsync("已核销");
        await Assertions.Expect(anonymous.Locator("#v-form-no")).ToHaveTextAsync("HG-2026-0901");
        await Assertions.Expect(anonymous.Locator("#login")).ToBeVisibleAsync();
        await Assertions.Expect(anonymous.Locator("#logout")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(anonymous, "verify-written-off");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
