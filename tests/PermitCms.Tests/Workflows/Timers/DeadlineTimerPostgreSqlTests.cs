using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using PermitCms.Core.Security;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Deadlines;
using PermitCms.Workflows.Notifications;
using PermitCms.Workflows.Runtime;
using PermitCms.Workflows.Trial;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Tests.Workflows.Timers;

/// <summary>
/// Two app instances on one PostgreSQL database with one clock the test moves: each reminder and each escalation is
/// written exactly once (notifications and webhook outbox rows), while both instances' timers poll the same rows.
/// </summary>
public sealed class DeadlineTimerPostgreSqlTests
{
    private const int Items = 6;

    [Fact]
    public async Task Two_instances_send_each_reminder_and_each_escalation_exactly_once()
    {
        PostgreSqlFactory.RequireServer();
        var database = $"permitcms_timer_{Guid.NewGuid():N}";
        var clock = new TestClock(new DateTimeOffset(2026, 9, 14, 10, 0, 0, TimeSpan.FromHours(8)));
        await using var first = new TimerApp(database, clock, dropsDatabase: true);
        Assert.True(await first.WithDbAsync(db => Task.FromResult(db.Database.IsNpgsql())));
        await first.PublishChangedPermitAsync(d => d.FindState("PendingReview")!.TimeLimit!.WebhookUrl = "http://127.0.0.1:9/permitcms-deadlines");
        await using var second = new TimerApp(database, clock, dropsDatabase: false);
        var items = new List<int>();
        for (var i = 0; i < Items; i++)
        {
            // Half the items through each instance: the deadline rows do not depend on who wrote them.
            items.Add(await (i % 2 == 0 ? first : second).CreateItemInStateAsync("PendingReview"));
        }

        var reviewers = await UsersInAsync(first, Roles.Reviewer);
        var escalated = await UsersInAsync(first, Roles.Reviewer, Roles.Administrator);
        Assert.True(reviewers > 0 && escalated > reviewers);
        Assert.True(TimerRunning(first) && TimerRunning(second));
        Assert.Equal(Items, await first.WithDbAsync(db => db.Set<WorkflowDeadline>().CountAsync(d => d.ClosedAt == null && d.RemindAt == new DateTime(2026, 10, 13, 16, 0, 0, DateTimeKind.Utc))));

        clock.Set(new DateTimeOffset(2026, 10, 14, 0, 0, 1, TimeSpan.FromHours(8)));
        await Poll.UntilAsync(async () => await CountAsync(first, "办理时限提醒") == Items * reviewers, 30_000);
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken); // ten more rounds of each timer
        Assert.Equal(Items * reviewers, await CountAsync(first, "办理时限提醒"));
        Assert.Equal(Items, await DeliveriesAsync(first, "workflow.deadline.reminder"));
        Assert.Equal(0, await CountAsync(first, "已超过办理时限"));

        clock.Set(new DateTimeOffset(2026, 10, 17, 0, 0, 1, TimeSpan.FromHours(8)));
        await Poll.UntilAsync(async () => await CountAsync(first, "已超过办理时限") == Items * escalated, 30_000);
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        Assert.Equal(Items * escalated, await CountAsync(first, "已超过办理时限"));
        Assert.Equal(Items, await DeliveriesAsync(first, "workflow.deadline.escalation"));
        Assert.Equal(Items * reviewers, await CountAsync(first, "办理时限提醒"));
        Assert.True(TimerRunning(first) && TimerRunning(second));
    }

    [Fact]
    public async Task Two_instances_fire_an_escalation_trigger_exactly_once_per_item()
    {
        PostgreSqlFactory.RequireServer();
        var database = $"permitcms_timer_{Guid.NewGuid():N}";
        var clock = new TestClock(new DateTimeOffset(2026, 9, 14, 10, 0, 0, TimeSpan.FromHours(8)));
        await using var first = new TimerApp(database, clock, dropsDatabase: true);
        await first.PublishChangedPermitAsync(d =>
        {
            var limit = d.FindState("PendingReview")!.TimeLimit!;
            (limit.EscalateTrigger, limit.WebhookUrl) = ("reject", "http://127.0.0.1:9/permitcms-deadlines");
        });
        await using var second = new TimerApp(database, clock, dropsDatabase: false);
        var items = new List<int>();
        for (var i = 0; i < Items; i++)
        {
            items.Add(await (i % 2 == 0 ? first : second).CreateItemInStateAsync("PendingReview"));
        }

        var escalated = await UsersInAsync(first, Roles.Reviewer, Roles.Administrator);
        clock.Set(new DateTimeOffset(2026, 10, 17, 0, 0, 1, TimeSpan.FromHours(8)));
        await Poll.UntilAsync(async () => await first.WithDbAsync(db => db.Set<WorkflowTrialItem>().CountAsync(t => items.Contains(t.Id) && t.WorkflowState == "Rejected")) == Items, 30_000);
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken); // ten more rounds of each timer

        var returns = await first.WithDbAsync(db => db.Set<WorkflowHistory>().Where(h => h.ItemType == WorkflowTrialItem.ItemType && h.Trigger == "reject").Select(h => new { h.ItemId, h.UserName }).ToListAsync());
        Assert.Equal(Items, returns.Count);
        Assert.Equal(Items, returns.Select(r => r.ItemId).Distinct().Count());
        Assert.All(returns, r => Assert.Equal(WorkflowSystemActor.DisplayName, r.UserName));
        Assert.Equal(Items * escalated, await CountAsync(first, "已超过办理时限"));
        Assert.Equal(Items, await DeliveriesAsync(first, "workflow.deadline.escalation"));
        Assert.Equal(Items, await first.WithDbAsync(db => db.Set<WorkflowDeadline>().CountAsync(d => d.State == "PendingReview" && d.EscalatedAt != null && d.ClosedAt != null)));
        Assert.True(TimerRunning(first) && TimerRunning(second));
    }

    private static bool TimerRunning(TimerApp app)
        => app.Services.GetServices<IHostedService>().OfType<DeadlineTimer>().Single().ExecuteTask is { IsCompleted: false };

    private static Task<int> CountAsync(TimerApp app, string titleEnd)
        => app.WithDbAsync(db => db.Set<Notification>().CountAsync(n => n.Title.EndsWith(titleEnd)));

    private static Task<int> DeliveriesAsync(TimerApp app, string @event)
        => app.WithDbAsync(db => db.Set<WebhookDelivery>().CountAsync(d => d.Payload.Contains($"\"event\":\"{@event}\"")));

    private static Task<int> UsersInAsync(TimerApp app, params string[] roles)
        => app.WithDbAsync(db => (from userRole in db.UserRoles join role in db.Roles on userRole.RoleId equals role.Id where roles.Contains(role.Name!) select userRole.UserId).Distinct().CountAsync());

    /// <summary>One instance of the workflow test app on the shared database; the first one creates and drops it.</summary>
    private sealed class TimerApp : WorkflowTestApp
    {
        private readonly TestClock clock;
        private readonly bool dropsDatabase;

        public TimerApp(string database, TestClock clock, bool dropsDatabase)
        {
            (this.clock, this.dropsDatabase) = (clock, dropsDatabase);
            var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = database };
            Set("Database:Provider", "PostgreSql");
            Set("ConnectionStrings:PermitCms", builder.ToString());
            Set("Workflows:Timers:PollInterval", "00:00:00.200");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            clock.Install(builder);
        }

        public override async ValueTask DisposeAsync()
        {
            if (dropsDatabase && Started)
            {
                NpgsqlConnection.ClearAllPools();
                await WithDbAsync(db => db.Database.EnsureDeletedAsync());
            }

            await base.DisposeAsync();
        }
    }
}
