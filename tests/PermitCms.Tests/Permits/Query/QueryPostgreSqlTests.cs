using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using static PermitCms.Tests.Permits.Query.QueryPages;

namespace PermitCms.Tests.Permits.Query;

/// <summary>The query, 复制 (its in-database byte copy), 撤回 and 导出 again on a real PostgreSQL server.</summary>
public sealed class QueryPostgreSqlTests : IAsyncLifetime
{
    private readonly PostgreSqlFactory _app = new();

    [Fact]
    public async Task Query_copy_withdraw_and_export_work_on_postgresql()
    {
        PostgreSqlFactory.RequireServer();
        var approved = await QuerySeed.CreateAsync(_app, DemoAccounts.Enterprise1, PermitStates.Approved);
        var pending = await QuerySeed.CreateAsync(_app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var client = await SignedInAsync(_app, DemoAccounts.Enterprise1);
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([approved.Id], RowIds(await client.GetStringAsync($"/Permits/Query?formNo={approved.ApprovalFormNo}")));
        Assert.Equal([pending.Id], RowIds(await client.GetStringAsync($"/Permits/Query?state=PendingReview&from={today}&to={today}")));

        var copy = await PostActionAsync(client, "Copy", approved.Id);
        Assert.Equal(HttpStatusCode.Redirect, copy.StatusCode);
        var copyId = int.Parse(copy.Headers.Location!.OriginalString.Split("id=")[1], System.Globalization.CultureInfo.InvariantCulture);
        var bytes = await _app.WithDbAsync(db => db.Set<PermitAttachment>().Where(a => a.PermitApplicationId == copyId).Select(a => a.Content!.Data).SingleAsync());
        Assert.Equal(QuerySeed.AttachmentBytes, bytes);
        Assert.Null((await QuerySeed.ReloadAsync(_app, copyId)).ApprovalFormNo);

        await FollowAsync(client, await PostActionAsync(client, "Fire", pending.Id, "withdraw"));
        Assert.Equal(PermitStates.Draft, (await QuerySeed.ReloadAsync(_app, pending.Id)).WorkflowState);

        var rows = QueryExportTests.Read(await client.GetStreamAsync("/Permits/Query?handler=Export"));
        Assert.Equal(3, rows.Count);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
