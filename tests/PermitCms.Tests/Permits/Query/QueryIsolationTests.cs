using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Data;
using PermitCms.Permits.Query;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;
using static PermitCms.Tests.Permits.Query.QueryPages;

namespace PermitCms.Tests.Permits.Query;

/// <summary>Another enterprise's ids are "not found" for every page and action, and nothing changes; conflicts are messages.</summary>
public sealed class QueryIsolationTests(PermitCmsFactory app) : IClassFixture<PermitCmsFactory>
{
    [Fact]
    public async Task Another_enterprise_gets_404_for_every_page_and_action_and_nothing_changes()
    {
        var draft = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        var pending = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var attachmentId = await app.WithDbAsync(db => db.Set<PermitAttachment>().Where(a => a.PermitApplicationId == draft.Id).Select(a => a.Id).SingleAsync());
        var snapshot = await SnapshotAsync();
        var ent2 = await SignedInAsync(app, DemoAccounts.Enterprise2);

        Assert.Equal(HttpStatusCode.NotFound, (await ent2.GetAsync($"/Permits/Details?id={draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ent2.GetAsync($"/Permits/Details?id={draft.Id}&handler=Attachment&attachmentId={attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ent2.GetAsync($"/Permits/Apply?id={draft.Id}")).StatusCode);
        foreach (var (id, trigger) in new[] { (draft.Id, "delete"), (draft.Id, "submit"), (pending.Id, "withdraw") })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await PostActionAsync(ent2, "Fire", id, trigger)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await PostActionAsync(ent2, "Copy", draft.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostActionAsync(ent2, "Copy", pending.Id)).StatusCode);
        var list = await ent2.GetStringAsync($"/Permits/Query?no={draft.ApplicationNo}");
        Assert.Empty(RowIds(list));

        Assert.Equal(snapshot, await SnapshotAsync());
    }

    [Fact]
    public async Task The_export_holds_only_the_own_enterprise()
    {
        var mine = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        var client = await SignedInAsync(app, DemoAccounts.Enterprise2);
        var response = await client.GetAsync($"/Permits/Query?handler=Export&no={mine.ApplicationNo}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(QueryExportTests.Read(await response.Content.ReadAsStreamAsync()));
    }

    [Fact]
    public async Task A_concurrent_change_becomes_a_clear_message()
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await QuerySeed.PrincipalAsync(scope.ServiceProvider, DemoAccounts.Enterprise1);
        var stale = (await scope.ServiceProvider.GetRequiredService<PermitAccess>().FindOwnAsync(permit.Id, user, default))!;

        // Someone else withdraws it first (another request, another DbContext).
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);
        await FollowAsync(client, await PostActionAsync(client, "Fire", permit.Id, "withdraw"));

        var result = await scope.ServiceProvider.GetRequiredService<LifecycleCommands>().WithdrawAsync(stale.Id, stale.Revision, user, default);
        Assert.False(result.Succeeded);
        Assert.Equal($"撤回失败：申请单 {permit.ApplicationNo} 已被他人修改或状态已变化，请刷新后重试。", result.Message);
        Assert.Equal(2, (await QuerySeed.HistoryAsync(app, permit.Id)).Count(h => h.Trigger is "submit" or "withdraw"));
    }

    private Task<string> SnapshotAsync() => app.WithDbAsync(async db =>
    {
        var permits = await db.Set<PermitApplication>().AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"{p.Id}|{p.WorkflowState}|{p.WorkflowVersion}|{p.UpdatedAt:O}").ToListAsync();
        var counts = $"{await db.Set<PermitGoods>().CountAsync()}|{await db.Set<PermitAttachment>().CountAsync()}";
        await using var scope = app.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<IWorkflowService>();
        var history = 0;
        foreach (var id in await db.Set<PermitApplication>().Select(p => p.Id).ToListAsync())
        {
            history += (await workflow.GetHistoryAsync(PermitApplication.ItemType, id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Count;
        }

        return string.Join(";", permits) + ";" + counts + ";" + history;
    });
}
