using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;

namespace PermitCms.Tests.Review;

/// <summary>
/// 修改记录 in Chromium: a reviewer returns an application, the enterprise changes two basic fields and one goods
/// line and submits again, and the reviewer sees exactly those three changes, marked in the summary.
/// </summary>
public sealed class ReviewChangesBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task A_reviewer_sees_exactly_what_the_enterprise_changed_since_the_return()
    {
        var client = await PermitClient.SignInAsync(_app, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var id = await client.CompleteDraftAsync("RV-CHG-1");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(id, "Submit", PermitClient.Basic("RV-CHG-1", "0100", "赵新", "020-88886666"))).StatusCode);
        var number = await _app.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.ApplicationNo).SingleAsync());

        // The reviewer returns it.
        var reviewer = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(reviewer, DemoAccounts.Reviewer);
        await reviewer.GotoAsync($"/Admin/Review/Details?id={id}");
        await Assertions.Expect(reviewer.Locator("#changes-since-return")).ToHaveCountAsync(0);
        await reviewer.GetByLabel("审批意见").FillAsync("联系人和节目名称有误，请修改。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
        await Assertions.Expect(reviewer.Locator(".alert-success")).ToContainTextAsync(number);

        // The enterprise revises: 进口单位联系人, 联系电话 and the 节目名称 of line 1, then submits again.
        var enterprise = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(enterprise, DemoAccounts.Enterprise1);
        await enterprise.GotoAsync($"/Permits/Details?id={id}");
        await enterprise.Locator("[data-action=revise]").ClickAsync();
        if (await enterprise.Locator("#permit-confirm").IsVisibleAsync())
        {
            await enterprise.Locator("#permit-confirm-ok").ClickAsync();
        }

        await Assertions.Expect(enterprise.Locator("#permit-state")).ToHaveTextAsync("暂存");
        await enterprise.GotoAsync(PermitClient.PageUrl(id));
        await enterprise.GetByLabel("进口单位联系人").FillAsync("钱多多");
        await enterprise.GetByLabel("联系电话").FillAsync("020-66668888");
        await enterprise.Locator("#btn-save").ClickAsync();
        await Assertions.Expect(enterprise.GetByLabel("进口单位联系人")).ToHaveValueAsync("钱多多");
        await enterprise.GetByLabel("选择序号 1").CheckAsync();
        await enterprise.Locator("#goods-edit").ClickAsync();
        var dialog = enterprise.Locator("#goods-dialog");
        await dialog.GetByLabel("节目名称").FillAsync("卡门（全剧）");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(enterprise.Locator("#goods-grid tbody")).ToContainTextAsync("卡门（全剧）");
        await enterprise.Locator("#btn-submit").ClickAsync();
        await Assertions.Expect(enterprise.Locator("#permit-state")).ToHaveTextAsync("待审核");

        // The reviewer: exactly the three changes, and those fields and the line marked as 已修改.
        await reviewer.GotoAsync($"/Admin/Review/Details?id={id}");
        var since = reviewer.Locator("#changes-since-return");
        await Assertions.Expect(since.Locator("tbody tr")).ToHaveCountAsync(3);
        Assert.Equal(["进口单位联系人", "联系电话", "节目名称"], await since.Locator(".change-field").AllTextContentsAsync());
        Assert.Equal(["赵新", "020-88886666", "卡门"], await since.Locator(".change-old").AllTextContentsAsync());
        Assert.Equal(["钱多多", "020-66668888", "卡门（全剧）"], await since.Locator(".change-new").AllTextContentsAsync());
        var changed = new Regex("permit-changed");
        await Assertions.Expect(reviewer.Locator("#d-contact-name")).ToHaveClassAsync(changed);
        await Assertions.Expect(reviewer.Locator("#d-contact-phone")).ToHaveClassAsync(changed);
        await Assertions.Expect(reviewer.Locator("#d-contact-name .changed-mark")).ToHaveTextAsync("已修改");
        await Assertions.Expect(reviewer.Locator("#d-approval-form-no")).Not.ToHaveClassAsync(changed);
        await Assertions.Expect(reviewer.Locator("#d-port")).Not.ToHaveClassAsync(changed);
        var line = reviewer.Locator("#goods-grid tr[data-line-no='1']");
        await Assertions.Expect(line).ToHaveClassAsync(changed);
        await Assertions.Expect(line.Locator("td.permit-changed-cell")).ToHaveTextAsync("卡门（全剧）");
        Assert.Equal(1, await reviewer.Locator(".permit-changed-cell").CountAsync());
        Assert.Equal(3, await reviewer.Locator(".changed-mark").CountAsync());
        await Assertions.Expect(reviewer.Locator("#attachment-list tr.permit-changed")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(reviewer, "review-changes-since-return");

        // The enterprise's details page: 修改记录, newest first, the creation at the bottom.
        await enterprise.GotoAsync($"/Permits/Details?id={id}");
        var log = enterprise.Locator("#change-log");
        await Assertions.Expect(log.Locator(".change-field").First).ToHaveTextAsync("节目名称");
        await Assertions.Expect(log.Locator(".change-field").Last).ToHaveTextAsync("新增申请");
        await Assertions.Expect(enterprise.Locator("#change-log .permit-changed, .changed-mark")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(enterprise, "details-change-log");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
