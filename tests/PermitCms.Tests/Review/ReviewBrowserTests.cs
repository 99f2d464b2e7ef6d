using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;

namespace PermitCms.Tests.Review;

/// <summary>A reviewer approves one application and returns another with a comment, in Chromium.</summary>
public sealed class ReviewBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task A_reviewer_approves_one_application_and_returns_another_with_a_comment()
    {
        var approveId = await SubmittedAsync("RV-B-APPROVE");
        var returnId = await SubmittedAsync("RV-B-RETURN");
        var (approveNo, returnNo) = (await NoAsync(approveId), await NoAsync(returnId));

        var page = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(page, DemoAccounts.Reviewer);
        await page.GetByRole(AriaRole.Link, new() { Name = "审核队列", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#review-rows")).ToContainTextAsync(approveNo);
        await BrowserFixture.ScreenshotAsync(page, "review-queue");

        await page.Locator($"tr[data-application-no='{approveNo}']").GetByRole(AriaRole.Link, new() { Name = "审核" }).ClickAsync();
        await Assertions.Expect(page.Locator("#permit-state")).ToHaveTextAsync("待审核");
        await BrowserFixture.ScreenshotAsync(page, "review-details");
        await page.GetByRole(AriaRole.Button, new() { Name = "审核通过" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync(approveNo);

        await page.Locator($"tr[data-application-no='{returnNo}']").GetByRole(AriaRole.Link, new() { Name = "审核" }).ClickAsync();
        // The browser stops a return without a comment before it is sent.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Comment")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await page.GetByLabel("审批意见").FillAsync("节目清单缺少版权方信息，请补充。");
        await page.GetByRole(AriaRole.Button, new() { Name = "退回" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync(returnNo);

        Assert.Equal(PermitStates.Approved, await StateAsync(approveId));
        Assert.Equal(PermitStates.Rejected, await StateAsync(returnId));
        await page.Locator("[data-state=Rejected]").ClickAsync();
        await Assertions.Expect(page.Locator("#review-rows")).ToContainTextAsync(returnNo);
        await BrowserFixture.ScreenshotAsync(page, "review-rejected-list");

        // The enterprise sees 退回 with the comment, revises and submits again.
        var enterprise = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(enterprise, DemoAccounts.Enterprise1);
        await enterprise.Locator(".sw-menu").GetByText("批准单查询").ClickAsync();
        var row = enterprise.Locator($"#query-results tr[data-id='{returnId}']");
        await Assertions.Expect(row.Locator(".state-name")).ToHaveTextAsync("退回");
        await row.GetByRole(AriaRole.Link, new() { Name = returnNo }).ClickAsync();
        await Assertions.Expect(enterprise.Locator("#permit-state")).ToHaveTextAsync("退回");
        await Assertions.Expect(enterprise.Locator("#review-comment")).ToContainTextAsync("节目清单缺少版权方信息，请补充。");
        await Assertions.Expect(enterprise.Locator("#history")).ToContainTextAsync("审批员张三");
        await BrowserFixture.ScreenshotAsync(enterprise, "enterprise-returned-details");

        await enterprise.Locator("[data-action=revise]").ClickAsync();
        if (await enterprise.Locator("#permit-confirm").IsVisibleAsync())
        {
            await enterprise.Locator("#permit-confirm-ok").ClickAsync();
        }

        await Assertions.Expect(enterprise.Locator("#permit-state")).ToHaveTextAsync("暂存");
        await enterprise.Locator("#btn-submit").ClickAsync();
        await Assertions.Expect(enterprise.Locator("#permit-state")).ToHaveTextAsync("待审核");
        Assert.Equal(PermitStates.PendingReview, await StateAsync(returnId));
    }

    private async Task<int> SubmittedAsync(string approvalFormNo)
    {
        var client = await PermitClient.SignInAsync(_app, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var id = await client.CompleteDraftAsync(approvalFormNo);
        var submit = await client.PostAsync(id, "Submit", PermitClient.Basic(approvalFormNo, "0100", "赵新", "020-88886666"));
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        return id;
    }

    private Task<string> NoAsync(int id) => _app.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.ApplicationNo).SingleAsync());

    private Task<string> StateAsync(int id) => _app.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.WorkflowState).SingleAsync());

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
