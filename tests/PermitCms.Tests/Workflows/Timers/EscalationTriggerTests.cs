using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Abstractions;
using PermitCms.Permits.Data;
using PermitCms.Permits.Lifecycle;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Deadlines;
using PermitCms.Workflows.Notifications;
using PermitCms.Workflows.Runtime;
using PermitCms.Workflows.Trial;

namespace PermitCms.Tests.Workflows.Timers;

/// <summary>
/// A state's escalation trigger: when the limit passes, the timer fires the chosen transition once, as the system,
/// through the owning module's command path; a guard that refuses leaves the item and says so in the escalation.
/// </summary>
public sealed class EscalationTriggerTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 14, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Overdue = new(2026, 10, 17, 0, 0, 1, TimeSpan.FromHours(8));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_overdue_application_is_returned_by_the_system_through_the_permit_commands()
    {
        var clock = new TestClock(Start);
        await using var app = new ClockedPermitApp(clock);
        await app.PublishChangedPermitAsync(d => d.FindState(PermitStates.PendingReview)!.TimeLimit!.EscalateTrigger = PermitTriggers.Reject);
        var id = await DeadlineQueueTests.SubmitAsync(app, "DL-AUTO-1");
        var before = await app.WithDbAsync(db => db.Set<PermitApplication>().AsNoTracking().SingleAsync(p => p.Id == id, Ct));

        clock.Set(Overdue);
        await Poll.UntilAsync(async () => await StateAsync(app, id) == PermitStates.Rejected, 30_000);
        await Task.Delay(TimeSpan.FromSeconds(1), Ct); // several more timer rounds: nothing fires twice

        var permit = await app.WithDbAsync(db => db.Set<PermitApplication>().AsNoTracking().SingleAsync(p => p.Id == id, Ct));
        Assert.Equal("超过 20 个工作日的办理时限，系统自动退回。", permit.ReviewComment);
        Assert.Equal(WorkflowSystemActor.DisplayName, permit.ReviewerName);
        Assert.True(permit.Revision > before.Revision);
        var history = await HistoryAsync(app, PermitApplication.ItemType, id);
        var returned = Assert.Single(history, h => h.Trigger == PermitTriggers.Reject);
        Assert.Equal((WorkflowSystemActor.DisplayName, PermitStates.PendingReview, permit.ReviewComment), (returned.UserName, returned.FromState, returned.Comment));

        var ownerIds = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Enterprise1).Select(u => u.Id).ToListAsync(Ct));
        var toOwner = await app.WithDbAsync(db => db.Set<Notification>().Where(n => ownerIds.Contains(n.UserId) && n.Title.EndsWith("：退回")).ToListAsync(Ct));
        Assert.Contains($"{WorkflowSystemActor.DisplayName} 执行了「退回」", Assert.Single(toOwner).Body, StringComparison.Ordinal);
        var escalations = await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Title.EndsWith("已超过办理时限")).Select(n => n.Body).ToListAsync(Ct));
        Assert.NotEmpty(escalations);
        Assert.All(escalations, b => Assert.EndsWith("系统已自动退回。", b, StringComparison.Ordinal));

        var owner = await PermitClient.SignInAsync(app, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var details = await owner.Http.GetStringAsync($"/Permits/Details?id={id}", Ct);
        Assert.Contains("超过 20 个工作日的办理时限，系统自动退回。", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusing_guard_leaves_the_item_and_the_escalation_says_why()
    {
        var clock = new TestClock(Start);
        await using var app = new ClockedTrialApp(clock);
        await app.PublishChangedPermitAsync(d =>
        {
            // The completeness check moves from 申报 to 审核通过, so that an incomplete item reaches 待审核 and the automatic approval refuses it.
            d.Transitions.Single(t => t.Trigger == PermitTriggers.Submit).Guards.Clear();
            d.Transitions.Single(t => t.Trigger == PermitTriggers.Approve).Guards.Add(PermitWorkflow.CompleteGuard);
            d.FindState(PermitStates.PendingReview)!.TimeLimit!.EscalateTrigger = PermitTriggers.Approve;
        });
        var complete = await app.CreateItemInStateAsync(PermitStates.PendingReview);
        var incomplete = await app.CreateItemAsync(title: TestCompleteGuard.IncompletePrefix + "的事项");
        Assert.True((await app.FireAsync(incomplete, PermitTriggers.Submit, DemoAccounts.Enterprise1)).Succeeded);

        clock.Set(Overdue);
        await Poll.UntilAsync(() => app.WithDbAsync(db => db.Set<WorkflowDeadline>().AllAsync(d => d.State != PermitStates.PendingReview || d.EscalatedAt != null, Ct)), 30_000);
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);

        Assert.Equal(PermitStates.Approved, (await app.ItemAsync(complete)).WorkflowState);
        Assert.Equal(PermitStates.PendingReview, (await app.ItemAsync(incomplete)).WorkflowState);
        Assert.Single(await HistoryAsync(app, WorkflowTrialItem.ItemType, complete), h => h.Trigger == PermitTriggers.Approve && h.UserName == WorkflowSystemActor.DisplayName);
        Assert.DoesNotContain(await HistoryAsync(app, WorkflowTrialItem.ItemType, incomplete), h => h.Trigger == PermitTriggers.Approve);
        var bodies = await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Title.EndsWith("已超过办理时限")).Select(n => new { n.Title, n.Body }).ToListAsync(Ct));
        var recipients = bodies.Count / 2;
        Assert.True(recipients > 0);
        Assert.Equal(recipients, bodies.Count(b => b.Body.EndsWith("系统已自动审核通过。", StringComparison.Ordinal)));
        Assert.Equal(recipients, bodies.Count(b => b.Body.EndsWith($"系统未能自动审核通过：{TestCompleteGuard.Reason} 请尽快处理。", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_system_actor_fires_only_the_trigger_it_was_made_for_and_cannot_be_imitated()
    {
        await using var app = new WorkflowTestApp();
        var item = await app.CreateItemInStateAsync(PermitStates.PendingReview);
        var forged = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, WorkflowSystemActor.DisplayName), new Claim("permitcms:timer-trigger", PermitTriggers.Approve)], "Identity.Application"));

        foreach (var actor in new[] { WorkflowSystemActor.For(PermitTriggers.Reject), forged })
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>();
            var subject = await db.Set<WorkflowTrialItem>().SingleAsync(i => i.Id == item, Ct);
            var result = await scope.ServiceProvider.GetRequiredService<IWorkflowService>().FireAsync(subject, PermitTriggers.Approve, actor, null, Ct);
            Assert.Equal(WorkflowFireStatus.NotPermitted, result.Status);
        }

        Assert.Equal(PermitStates.PendingReview, (await app.ItemAsync(item)).WorkflowState);
        Assert.DoesNotContain(await HistoryAsync(app, WorkflowTrialItem.ItemType, item), h => h.Trigger == PermitTriggers.Approve);
    }

    private static Task<string> StateAsync(PermitCmsFactory app, int id)
        => app.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.WorkflowState).SingleAsync(Ct));

    private static async Task<IReadOnlyList<WorkflowHistoryEntry>> HistoryAsync(PermitCmsFactory app, string itemType, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowService>().GetHistoryAsync(itemType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct);
    }

    /// <summary>The real app on SQLite, with the test's clock and a timer that polls five times a second.</summary>
    private sealed class ClockedPermitApp : PermitCmsFactory
    {
        private readonly TestClock clock;

        public ClockedPermitApp(TestClock clock)
        {
            this.clock = clock;
            Set("Workflows:Timers:PollInterval", "00:00:00.200");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            clock.Install(builder);
        }
    }

    /// <summary>The workflow test app (trial items, the test's guard) with the test's clock and a fast timer.</summary>
    private sealed class ClockedTrialApp : WorkflowTestApp
    {
        private readonly TestClock clock;

        public ClockedTrialApp(TestClock clock)
        {
            this.clock = clock;
            Set("Workflows:Timers:PollInterval", "00:00:00.200");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            clock.Install(builder);
        }
    }
}
