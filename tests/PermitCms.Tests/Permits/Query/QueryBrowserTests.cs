using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits.Query;
using static Microsoft.Playwright.Assertions;

namespace PermitCms.Tests.Permits.Query;

/// <summary>
/// Chapter 2 of the manual (批准单查询) in Chromium, as an enterprise user: query by each condition and reset,
/// details, edit and submit a draft, copy an approved application, withdraw a pending one, delete a draft.
/// </summary>
public sealed class QueryBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task An_enterprise_user_walks_chapter_2()
    {
        var baseUrl = _app.BaseUrl;
        var draft = await QuerySeed.CreateAsync(_app, DemoAccounts.Enterprise1, PermitStates.Draft);
        var pending = await QuerySeed.CreateAsync(_app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var approved = await QuerySeed.CreateAsync(_app, DemoAccounts.Enterprise1, PermitStates.Approved, comment: "材料齐全，同意");
        var doomed = await QuerySeed.CreateAsync(_app, DemoAccounts.Enterprise1, PermitStates.Draft);
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var page = await browser.NewPageAsync(baseUrl);

        await BrowserFixture.SignInAsync(page, DemoAccounts.Enterprise1);
        await page.Locator(".sw-menu").GetByText("批准单查询").ClickAsync();

        // 默认所有数据, newest first.
        var rows = page.Locator("#query-results tbody tr[data-id]");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.First).ToHaveAttributeAsync("data-id", doomed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("#result-total")).ToContainTextAsync("共 4 条");
        await BrowserFixture.ScreenshotAsync(page, "query");

        // 查询 by each condition, then 重置.
        await page.GetByLabel("申请单号").FillAsync(approved.ApplicationNo);
        await page.Locator("#btn-query").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(Row(page, approved)).ToBeVisibleAsync();
        Assert.Contains($"no={approved.ApplicationNo}", page.Url, StringComparison.Ordinal);
        await Reset(page, rows);

        await page.GetByLabel("批准单编号").FillAsync(pending.ApprovalFormNo!);
        await page.Keyboard.PressAsync("Enter");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(Row(page, pending)).ToBeVisibleAsync();
        await Reset(page, rows);

        await page.GetByLabel("状态").SelectOptionAsync(new SelectOptionValue { Label = "审核通过" });
        await page.Locator("#btn-query").ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(Row(page, approved).Locator(".state-name")).ToHaveTextAsync("审核通过");

        // 详情: click the application number; 返回 comes back to the same conditions.
        await Row(page, approved).GetByRole(AriaRole.Link, new() { Name = approved.ApplicationNo }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("批准单详细信息");
        await Expect(page.Locator("#d-approval-form-no")).ToHaveTextAsync(approved.ApprovalFormNo!);
        await Expect(page.Locator("#goods-grid")).ToContainTextAsync("贝多芬第九交响曲");
        await Expect(page.Locator("#attachment-list")).ToContainTextAsync("节目清单.xlsx");
        await Expect(page.Locator("#review-comment")).ToContainTextAsync("材料齐全，同意");
        await Expect(page.Locator("#history")).ToContainTextAsync("审批员张三");
        await Expect(page.Locator("#history")).ToContainTextAsync("待审核 → 审核通过");
        await BrowserFixture.ScreenshotAsync(page, "details");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#attachment-list a").First.ClickAsync());
        Assert.Equal("节目清单.xlsx", download.SuggestedFilename);
        await page.Locator("#btn-back").ClickAsync();
        await Expect(page.GetByLabel("状态")).ToHaveValueAsync("Approved");
        await Expect(rows).ToHaveCountAsync(1);
        await Reset(page, rows);

        await page.GetByLabel("申报日期起").FillAsync(today);
        await page.GetByLabel("申报日期止").FillAsync(today);
        await page.Locator("#btn-query").ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(Row(page, pending)).ToBeVisibleAsync();
        await Expect(Row(page, approved)).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "query-filtered");
        // 导出 the current result: the two rows of the date range, in a workbook named by the time.
        var export = await page.RunAndWaitForDownloadAsync(() => page.Locator("#btn-export").ClickAsync());
        Assert.Matches(@"^批准单查询_\d{14}\.xlsx$", export.SuggestedFilename);
        var saved = Path.Combine(_app.DataDirectory, "export.xlsx");
        await export.SaveAsAsync(saved);
        await using (var workbook = File.OpenRead(saved))
        {
            Assert.Equal(
                new[] { approved.ApplicationNo, pending.ApplicationNo }.Order(),
                QueryExportTests.Read(workbook).Select(r => r["申请单号"]?.ToString()).Order());
        }

        await Reset(page, rows);


        // 复制 the approved one: the user lands on the copy, a draft with no 批准单编号.
        await Row(page, approved).Locator("[data-action=copy]").ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync($"已复制申请单 {approved.ApplicationNo}");
        await Expect(page.Locator("#Basic_ApprovalFormNo")).ToHaveValueAsync("");
        await Expect(page.Locator("#permit-state")).ToHaveTextAsync("暂存");
        var copyNo = await page.Locator("#application-no").InputValueAsync();
        Assert.NotEqual(approved.ApplicationNo, copyNo);
        await page.GotoAsync($"/Permits/Query?no={copyNo}");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First.Locator("td").Nth(1)).ToHaveTextAsync("");
        await Expect(rows.First.Locator(".state-name")).ToHaveTextAsync("暂存");

        // 修改 a draft in the editor, then 申报.
        await page.GotoAsync("/Permits/Query");
        await Row(page, draft).Locator("[data-action=edit]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("批准单申请");
        await page.Locator("#Basic_ContactPhone").FillAsync("010-66668888");
        await page.Locator("#btn-submit").ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("申报成功");
        await Expect(page.Locator("#permit-state")).ToHaveTextAsync("待审核");
        Assert.Equal("010-66668888", (await QuerySeed.ReloadAsync(_app, draft.Id)).ContactPhone);

        // 撤回 a pending one: confirmed in the dialog, straight back to 暂存.
        await page.Locator(".sw-menu").GetByText("批准单查询").ClickAsync();
        await Row(page, pending).Locator("[data-action=withdraw]").ClickAsync();
        await Expect(page.Locator("#permit-confirm")).ToBeVisibleAsync();
        // The dialog takes the focus (keyboard users confirm with Enter, cancel with Esc).
        await Expect(page.Locator("#permit-confirm-ok")).ToBeFocusedAsync();
        await BrowserFixture.ScreenshotAsync(page, "query-confirm");
        await page.Locator("#permit-confirm-ok").ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("已撤回");
        await Expect(Row(page, pending).Locator(".state-name")).ToHaveTextAsync("暂存");

        // 删除 a draft: cancelling keeps it; confirming removes it from the list.
        await Row(page, doomed).Locator("[data-action=delete]").ClickAsync();
        await Expect(page.Locator("#permit-confirm-ok")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#permit-confirm")).ToBeHiddenAsync();
        await Expect(Row(page, doomed)).ToBeVisibleAsync();
        await Row(page, doomed).Locator("[data-action=delete]").ClickAsync();
        await page.Locator("#permit-confirm-ok").ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("已删除");
        await Expect(Row(page, doomed)).ToHaveCountAsync(0);
        Assert.Equal(PermitStates.Deleted, (await QuerySeed.ReloadAsync(_app, doomed.Id)).WorkflowState);
    }

    [Fact]
    public async Task Conditions_survive_paging_the_page_size_and_the_back_button()
    {
        var baseUrl = _app.BaseUrl;
        await QuerySeed.CreateDraftsAsync(_app, DemoAccounts.Enterprise1, 23);
        await QuerySeed.CreateAsync(_app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var page = await browser.NewPageAsync(baseUrl);
        await BrowserFixture.SignInAsync(page, DemoAccounts.Enterprise1);
        await page.GotoAsync("/Permits/Query");
        var rows = page.Locator("#query-results tbody tr[data-id]");

        await page.GetByLabel("状态").SelectOptionAsync("Draft");
        await page.Locator("#btn-query").ClickAsync();
        await Expect(page.Locator("#result-total")).ToContainTextAsync("共 23 条");
        await Expect(rows).ToHaveCountAsync(20);

        await page.Locator("#page-size").SelectOptionAsync("10");
        await Expect(page.Locator("#page-info")).ToHaveTextAsync("第 1 / 3 页");
        await Expect(rows).ToHaveCountAsync(10);
        await page.Locator("#page-next").ClickAsync();
        await Expect(page.Locator("#page-info")).ToHaveTextAsync("第 2 / 3 页");
        await Expect(page.GetByLabel("状态")).ToHaveValueAsync("Draft");
        await BrowserFixture.ScreenshotAsync(page, "query-paged");

        // Details and back: the same page of the same query.
        await rows.First.Locator("a.application-no").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("批准单详细信息");
        await page.GoBackAsync();
        await Expect(page.Locator("#page-info")).ToHaveTextAsync("第 2 / 3 页");
        await Expect(page.GetByLabel("状态")).ToHaveValueAsync("Draft");
        await Expect(rows.Locator(".state-name").Filter(new() { HasNotText = "暂存" })).ToHaveCountAsync(0);

        // From the keyboard the page size changes on Enter only.
        await page.Locator("#page-size").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Contains("size=10", page.Url, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#page-info")).ToHaveTextAsync("第 1 / 2 页");
        Assert.Contains("size=20", page.Url, StringComparison.Ordinal);
    }

    private static ILocator Row(IPage page, PermitApplication permit) => page.Locator($"#query-results tr[data-id='{permit.Id}']");

    private static async Task Reset(IPage page, ILocator rows)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "重置" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(4);
        foreach (var field in new[] { "#q-no", "#q-form-no", "#q-state", "#q-from", "#q-to" })
        {
            await Expect(page.Locator(field)).ToHaveValueAsync("");
        }
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
