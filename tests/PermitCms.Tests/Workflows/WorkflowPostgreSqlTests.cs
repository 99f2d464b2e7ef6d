using Microsoft.EntityFrameworkCore;
using Npgsql;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// The runtime on PostgreSQL, the engine for more than one machine: the JSON document column, a full path through
/// a newly published version, and the optimistic concurrency check under real row locks.
/// </summary>
public sealed class WorkflowPostgreSqlTests : IAsyncLifetime
{
    private readonly WorkflowPostgresApp app = new();

    [Fact]
    public async Task A_published_second_review_stage_runs_and_conflicting_triggers_have_one_winner()
    {
        PostgreSqlFactory.RequireServer();
        Assert.True(await app.WithDbAsync(db => Task.FromResult(db.Database.IsNpgsql())));
        var inFlight = await app.CreateItemInStateAsync("PendingReview");
        await app.PublishChangedPermitAsync(PublishNewVersionTests.AddSecondReview);

        var item = await app.CreateItemInStateAsync("PendingReview");
        Assert.Equal("SecondReview", (await app.FireAsync(item, "approve", DemoAccounts.Reviewer)).NewState);
        Assert.Equal("Approved", (await app.FireAsync(item, "approve2", DemoAccounts.Administrator)).NewState);

        // Approve against withdraw on the item still on version 1, each task loading it before any fires.
        var reviewer = await app.PrincipalAsync(DemoAccounts.Reviewer);
        var owner = await app.PrincipalAsync(DemoAccounts.Enterprise1);
        var loaded = 0;
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PermitCms.Core.Data.PermitCmsDbContext>();
            var subject = await db.Set<PermitCms.Workflows.Trial.WorkflowTrialItem>().SingleAsync(x => x.Id == inFlight);
            if (Interlocked.Increment(ref loaded) == 8)
            {
                go.SetResult();
            }

            await go.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var service = scope.ServiceProvider.GetRequiredService<IWorkflowService>();
            return i % 2 == 0 ? await service.FireAsync(subject, "approve", reviewer, null) : await service.FireAsync(subject, "withdraw", owner, null);
        })));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(7, results.Count(r => r.Status == WorkflowFireStatus.Conflict));
        Assert.Equal(3, (await app.HistoryAsync(inFlight)).Count);
        Assert.Contains((await app.ItemAsync(inFlight)).WorkflowState, new[] { "Approved", "Draft" });
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>The workflow test app on its own PostgreSQL database, dropped afterwards.</summary>
    private sealed class WorkflowPostgresApp : WorkflowTestApp
    {
        private readonly bool configured;

        public WorkflowPostgresApp()
        {
            if (TestEnvironment.PostgresConnectionString is { } server)
            {
                var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"permitcms_wf_{Guid.NewGuid():N}" };
                Set("Database:Provider", "PostgreSql");
                Set("ConnectionStrings:PermitCms", builder.ToString());
                configured = true;
            }
        }

        public override async ValueTask DisposeAsync()
        {
            if (configured && Started)
            {
                await WithDbAsync(db => db.Database.EnsureDeletedAsync());
            }

            await base.DisposeAsync();
        }
    }
}
