using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Admin;

/// <summary>An administrator adds an enterprise and its user through the admin menu, with the keyboard where a person would.</summary>
public sealed class AdminAccountsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task An_administrator_adds_an_enterprise_and_a_user_for_it()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(page, DemoAccounts.Administrator);

        await page.GetByRole(AriaRole.Link, new() { Name = "企业管理", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#enterprises")).ToContainTextAsync(DemoAccounts.Enterprise1Name);
        await BrowserFixture.ScreenshotAsync(page, "admin-enterprises");

        await page.GetByRole(AriaRole.Link, new() { Name = "新增企业" }).ClickAsync();
        await page.GetByLabel("进口单位名称").FillAsync("闽海音像进口有限公司");
        await page.GetByLabel("统一社会信用代码").FillAsync("91350100M000100Y44");
        await page.GetByLabel("海关编码").FillAsync("3501990001");
        await page.GetByLabel("地址").FillAsync("福州市鼓楼区五四路1号");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-danger")).ToContainTextAsync("校验位正确");
        await BrowserFixture.ScreenshotAsync(page, "admin-enterprise-edit-error");

        await page.GetByLabel("统一社会信用代码").FillAsync("91350100M000100Y43");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("闽海音像进口有限公司");

        await page.GetByRole(AriaRole.Link, new() { Name = "用户管理", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "新增用户" }).ClickAsync();
        await page.GetByLabel("用户名").FillAsync("minhai");
        await page.GetByLabel("姓名").FillAsync("陈静");
        await page.GetByLabel("所属企业").SelectOptionAsync(new SelectOptionValue { Label = "闽海音像进口有限公司" });
        await page.GetByLabel("初始密码").FillAsync("Start@2026x");
        await BrowserFixture.ScreenshotAsync(page, "admin-user-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator("tr[data-user=minhai]")).ToContainTextAsync("闽海音像进口有限公司");
        await BrowserFixture.ScreenshotAsync(page, "admin-users");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
