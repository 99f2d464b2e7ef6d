using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Runtime;
using PermitCms.Workflows.Trial;

namespace PermitCms.Tests.Workflows;

/// <summary>Withdraw against approve against reject on one item from many tasks at once: one winner, no lost update.</summary>
public sealed class ConcurrencyTests(WorkflowTestApp app) : IClassFixture<WorkflowTestApp>
{
    [Fact]
    public async Task Conflicting_triggers_fired_at_once_give_exactly_one_winner_and_one_history_entry()
    {
        const int tasks = 12;
        var id = await app.CreateItemInStateAsync("PendingReview");
        var historyBefore = (await app.HistoryAsync(id)).Count;
        var actors = Enumerable.Range(0, tasks).Select(i => (i % 3) switch
        {
            0 => (DemoAccounts.Enterprise1, "withdraw"),
            1 => (DemoAccounts.Reviewer, "approve"),
            _ => (DemoAccounts.Reviewer, "reject"),
        }).ToList();
        var principals = new Dictionary<string, System.Security.Claims.ClaimsPrincipal>
        {
            [DemoAccounts.Enterprise1] = await app.PrincipalAsync(DemoAccounts.Enterprise1),
            [DemoAccounts.Reviewer] = await app.PrincipalAsync(DemoAccounts.Reviewer),
        };

        // Every task loads the item in its own scope first; only then do they all fire together.
        var loadedCount = 0;
        var allLoaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var results = await Task.WhenAll(actors.Select(a => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>();
            var service = scope.ServiceProvider.GetRequiredService<IWorkflowService>();
            var item = await db.Set<WorkflowTrialItem>().SingleAsync(i => i.Id == id);
            if (Interlocked.Increment(ref loadedCount) == tasks)
            {
                allLoaded.SetResult();
            }

            await allLoaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return (a.Item2, Result: await service.FireAsync(item, a.Item2, principals[a.Item1], "并发测试"));
        })));

        var winner = Assert.Single(results, r => r.Result.Succeeded);
        Assert.All(results.Where(r => !r.Result.Succeeded), r =>
        {
            Assert.Equal(WorkflowFireStatus.Conflict, r.Result.Status);
            Assert.Equal(WorkflowFireExecutor.ConflictMessage, Assert.Single(r.Result.Errors));
        });

        var item = await app.ItemAsync(id);
        var history = await app.HistoryAsync(id);
        Assert.Equal(winner.Result.NewState, item.WorkflowState);
        Assert.Equal(historyBefore + 1, history.Count);
        Assert.Equal(winner.Item1, history[^1].Trigger);
        Assert.Equal(2, item.WorkflowVersion);
    }

    [Fact]
    public async Task A_stale_item_gets_the_conflict_message_and_its_context_is_left_unchanged()
    {
        var id = await app.CreateItemInStateAsync("PendingReview");
        var reviewer = await app.PrincipalAsync(DemoAccounts.Reviewer);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>();
        var stale = await db.Set<WorkflowTrialItem>().SingleAsync(i => i.Id == id);

        Assert.True((await app.FireAsync(id, "withdraw", DemoAccounts.Enterprise1)).Succeeded);
        var result = await scope.ServiceProvider.GetRequiredService<IWorkflowService>().FireAsync(stale, "approve", reviewer, null);

        Assert.Equal(WorkflowFireStatus.Conflict, result.Status);
        Assert.Equal(("PendingReview", 1), (stale.WorkflowState, stale.WorkflowVersion));
        Assert.DoesNotContain(db.ChangeTracker.Entries(), e => e.State == EntityState.Added);
        Assert.Equal("Draft", (await app.ItemAsync(id)).WorkflowState);
        Assert.Equal(["create", "submit", "withdraw"], (await app.HistoryAsync(id)).Select(h => h.Trigger));
    }
}
