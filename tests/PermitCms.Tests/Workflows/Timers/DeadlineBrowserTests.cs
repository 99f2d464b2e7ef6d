using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Tests.Workflows.Timers;

/// <summary>In Chromium at a date the test sets: the queue's 剩余时限 with the overdue row coloured, the calendar, the designer's limit.</summary>
public sealed class DeadlineBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly TestClock clock = new(new DateTimeOffset(2026, 9, 14, 10, 0, 0, TimeSpan.FromHours(8)));
    private ClockedKestrelApp? app;

    private ClockedKestrelApp App => app ??= new ClockedKestrelApp(clock);

    [Fact]
    public async Task The_reviewer_sees_the_overdue_application_in_red_and_the_administrator_edits_limits_and_the_calendar()
    {
        await SubmitAsync("DL-B-LATE");
        clock.Set(new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        await SubmitAsync("DL-B-NEW");

        var page = await browser.NewPageAsync(App.BaseUrl);
        await BrowserFixture.SignInAsync(page, DemoAccounts.Reviewer);
        await page.GotoAsync("/Admin/Review");
        var overdue = page.Locator("#review-rows tr.deadline-overdue");
        await Assertions.Expect(overdue).ToHaveCountAsync(1);
        await Assertions.Expect(overdue.Locator("td.deadline")).ToHaveTextAsync("已超期 2 个工作日");
        await Assertions.Expect(page.Locator("#review-rows td.deadline", new() { HasText = "剩余 20 个工作日" })).ToHaveCountAsync(1);
        var background = await overdue.Locator("td").First.EvaluateAsync<string>("cell => getComputedStyle(cell).backgroundColor");
        Assert.NotEqual(await page.Locator("#review-rows tbody tr:not(.deadline-overdue) td").First.EvaluateAsync<string>("cell => getComputedStyle(cell).backgroundColor"), background);
        await BrowserFixture.ScreenshotAsync(page, "review-queue-deadlines");

        var admin = await browser.NewPageAsync(App.BaseUrl);
        await BrowserFixture.SignInAsync(admin, DemoAccounts.Administrator);
        await admin.GotoAsync("/Admin/WorkingCalendar?year=2026");
        await Assertions.Expect(admin.Locator("#calendar-days tr[data-date='2026-10-10']")).ToContainTextAsync("调休上班");
        await BrowserFixture.ScreenshotAsync(admin, "working-calendar");

        var client = App.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        var definitionId = await App.WithDbAsync(db => db.Set<WorkflowDefinition>().Select(d => d.Id).SingleAsync());
        await client.PostFormAsync("/Admin/Workflows", $"/Admin/Workflows?handler=CreateDraft&definitionId={definitionId}", new Dictionary<string, string>());
        var draft = await App.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Where(v => v.Status == WorkflowVersionStatus.Draft).Select(v => v.Id).SingleAsync());
        await admin.GotoAsync($"/Admin/Workflows/State?versionId={draft}&code=PendingReview");
        await Assertions.Expect(admin.Locator("#Limit_Enabled")).ToBeCheckedAsync();
        await Assertions.Expect(admin.Locator("#Limit_WorkingDays")).ToHaveValueAsync("20");
        await Assertions.Expect(admin.Locator("#Limit_RemindBeforeDays")).ToHaveValueAsync("3");
        await BrowserFixture.ScreenshotAsync(admin, "state-time-limit");

        // 超期后自动执行: the transitions that leave 待审核 are the choices; the version's state table shows the one chosen.
        await admin.Locator("#Limit_EscalateTrigger").SelectOptionAsync("reject");
        await admin.Locator("#Limit_EscalateTrigger").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(admin, "state-escalation-trigger");
        await admin.Locator("#save-state").ClickAsync();
        await Assertions.Expect(admin.Locator("td.state-limit").Filter(new() { HasText = "20 个工作日" })).ToContainTextAsync("超期自动「退回」");
    }

    private async Task SubmitAsync(string approvalFormNo)
    {
        var client = await PermitClient.SignInAsync(App, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var id = await client.CompleteDraftAsync(approvalFormNo);
        var submit = await client.PostAsync(id, "Submit", PermitClient.Basic(approvalFormNo, "0100", "赵新", "020-88886666"));
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private sealed class ClockedKestrelApp(TestClock clock) : KestrelPermitCmsFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            clock.Install(builder);
        }
    }
}
