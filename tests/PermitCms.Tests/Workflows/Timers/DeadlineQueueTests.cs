using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Abstractions;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;
using PermitCms.Workflows.Deadlines;

namespace PermitCms.Tests.Workflows.Timers;

/// <summary>
/// Applications submitted through real HTTP open a deadline on 待审核, withdrawing closes it, and the review queue
/// shows 剩余时限 with the overdue row coloured, at a date the test sets.
/// </summary>
public sealed class DeadlineQueueTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_queue_shows_the_time_left_and_marks_the_overdue_application()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 9, 14, 10, 0, 0, TimeSpan.FromHours(8)));
        await using var app = new ClockedApp(clock);
        var late = await SubmitAsync(app, "DL-Q-LATE");
        var withdrawn = await SubmitAsync(app, "DL-Q-WD");
        var deadline = await app.WithDbAsync(db => db.Set<WorkflowDeadline>().SingleAsync(d => d.ItemId == late.ToString() && d.ItemType == PermitWorkflowItem.ItemType, Ct));
        Assert.Equal(new DateTime(2026, 10, 16, 16, 0, 0, DateTimeKind.Utc), deadline.DueAt);
        Assert.Equal(new DateTime(2026, 10, 13, 16, 0, 0, DateTimeKind.Utc), deadline.RemindAt);

        var owner = await PermitClient.SignInAsync(app, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var token = await owner.Http.GetAntiforgeryTokenAsync("/Permits/Query");
        var withdraw = await owner.Http.PostAsync($"/Permits/Query?handler=Fire&id={withdrawn}&trigger=withdraw", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.NotNull(await app.WithDbAsync(db => db.Set<WorkflowDeadline>().Where(d => d.ItemId == withdrawn.ToString()).Select(d => d.ClosedAt).SingleAsync(Ct)));

        clock.Set(new DateTimeOffset(2026, 10, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        var fresh = await SubmitAsync(app, "DL-Q-NEW");
        var reviewer = app.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);
        var html = await reviewer.GetStringAsync("/Admin/Review", Ct);

        Assert.Contains("<th>剩余时限</th>", html, StringComparison.Ordinal);
        Assert.Matches($"<tr data-application-no=\"{await NumberAsync(app, late)}\" class=\"table-danger deadline-overdue\">", html);
        Assert.Contains("已超期 2 个工作日", html, StringComparison.Ordinal);
        Assert.Matches($"<tr data-application-no=\"{await NumberAsync(app, fresh)}\" class=\"\">[\\s\\S]*?剩余 20 个工作日", html);
    }

    /// <summary>A complete application of ent1 submitted through the editor page; its id.</summary>
    internal static async Task<int> SubmitAsync(PermitCmsFactory app, string approvalFormNo)
    {
        var client = await PermitClient.SignInAsync(app, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var id = await client.CompleteDraftAsync(approvalFormNo);
        var submit = await client.PostAsync(id, "Submit", PermitClient.Basic(approvalFormNo, "0100", "赵新", "020-88886666"));
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        return id;
    }

    private static Task<string> NumberAsync(PermitCmsFactory app, int id)
        => app.WithDbAsync(db => db.Set<PermitCms.Permits.Data.PermitApplication>().Where(p => p.Id == id).Select(p => p.ApplicationNo).SingleAsync(Ct));

    /// <summary>The real app on SQLite with the test's clock.</summary>
    private sealed class ClockedApp(TestClock clock) : PermitCmsFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            clock.Install(builder);
        }
    }
}
