using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// In Chromium, the administrator opens 流程配置, creates a draft, adds a 复审 state and its transitions,
/// sees 校验 report the unreachable state, fixes it, validates, publishes and sees the new diagram.
/// </summary>
public sealed class WorkflowAdminBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task An_administrator_edits_validates_and_publishes_a_second_review_stage()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(page, DemoAccounts.Administrator);
        await page.Locator(".admin-menu-item", new() { HasText = "流程配置" }).ClickAsync();

        await Assertions.Expect(page.Locator(".workflow-definition")).ToContainTextAsync("进口批准单申请流程");
        await BrowserFixture.ScreenshotAsync(page, "workflows-index");
        await page.Locator("#create-draft-Permit").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("已创建草稿第 2 版");
        await Assertions.Expect(page.Locator("#diagram svg")).ToContainTextAsync("待审核");

        await page.Locator("#add-state").ClickAsync();
        await page.GetByLabel("代码").FillAsync("SecondReview");
        await page.GetByLabel("中文名称").FillAsync("复审");
        await page.GetByLabel("英文名称").FillAsync("Second review");
        await BrowserFixture.ScreenshotAsync(page, "workflows-state");
        await page.Locator("#save-state").ClickAsync();
        await Assertions.Expect(page.Locator("#states")).ToContainTextAsync("复审");

        await AddTransitionAsync(page, "approve2", "复审通过", "复审", "审核通过", "审批人员");
        await page.Locator("#validate").ClickAsync();
        await Assertions.Expect(page.Locator("#validation .validation-error")).ToContainTextAsync("状态「复审」（SecondReview）从初始状态无法到达。");
        await BrowserFixture.ScreenshotAsync(page, "workflows-validation-error");
        await page.Locator("#publish").ClickAsync();
        await Assertions.Expect(page.Locator("#validation")).ToContainTextAsync("未能发布");

        await AddTransitionAsync(page, "escalate", "提交复审", "待审核", "复审", "审批人员");
        await page.Locator("#validate").ClickAsync();
        await Assertions.Expect(page.Locator("#validation-ok")).ToHaveTextAsync("校验通过，可以发布。");
        await page.Locator("#publish").ClickAsync();

        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("发布成功");
        await Assertions.Expect(page.Locator("h1 .badge")).ToHaveTextAsync("已发布");
        await Assertions.Expect(page.Locator("#diagram svg .wf-state[data-code='SecondReview']")).ToContainTextAsync("复审");
        await Assertions.Expect(page.Locator("#diagram svg")).ToContainTextAsync("提交复审（审批人员）");
        await BrowserFixture.ScreenshotAsync(page, "workflows-published");

        var statuses = await _app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().OrderBy(v => v.VersionNumber).Select(v => v.Status).ToListAsync());
        Assert.Equal([WorkflowVersionStatus.Retired, WorkflowVersionStatus.Published], statuses);

        // A delivery that gave up is listed for the administrator, who may send it again.
        await _app.WithDbAsync(async db =>
        {
            db.Add(new WebhookDelivery
            {
                Url = "http://127.0.0.1:9/hooks/permitcms", Payload = "{}", Status = WebhookDeliveryStatus.Failed, Attempts = 6,
                CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow, LastAttemptAt = DateTime.UtcNow, LastError = "请求失败：Connection refused",
            });
            await db.SaveChangesAsync();
        });
        await page.GotoAsync("/Admin/Workflows/Deliveries?status=Failed");
        await Assertions.Expect(page.Locator("#deliveries tr.delivery")).ToContainTextAsync("Connection refused");
        await BrowserFixture.ScreenshotAsync(page, "workflows-deliveries");
        await page.GetByRole(AriaRole.Button, new() { Name = "重新发送" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("已重新排队发送");

        // 试运行 on the newly published version: the item shows its state and history.
        await page.GotoAsync("/Admin/Workflows/Trial");
        await page.GetByLabel("事项名称").FillAsync("复审流程试运行");
        await page.Locator("#create-trial").ClickAsync();
        await Assertions.Expect(page.Locator("#trial-state")).ToHaveTextAsync("暂存");
        await Assertions.Expect(page.Locator(".workflow-history")).ToContainTextAsync("新建");
        await BrowserFixture.ScreenshotAsync(page, "workflows-trial");
    }

    private static async Task AddTransitionAsync(IPage page, string trigger, string name, string from, string to, string role)
    {
        await page.Locator("#add-transition").ClickAsync();
        await page.GetByLabel("触发代码").FillAsync(trigger);
        await page.GetByLabel("中文名称（按钮文字）").FillAsync(name);
        await page.GetByLabel("从状态").SelectOptionAsync(new SelectOptionValue { Label = from });
        await page.GetByLabel("到状态").SelectOptionAsync(new SelectOptionValue { Label = to });
        await page.GetByLabel("企业用户", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel(role, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "站内通知", Exact = true }).CheckAsync();
        await page.GetByLabel("通知申请企业的用户").CheckAsync();
        await BrowserFixture.ScreenshotAsync(page, "workflows-transition");
        await page.Locator("#save-transition").ClickAsync();
        await Assertions.Expect(page.Locator("#transitions")).ToContainTextAsync(name);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
