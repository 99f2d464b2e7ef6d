using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>The provider-specific SQL of the module (number upsert, bulk insert, filtered unique index) on PostgreSQL.</summary>
public sealed class PermitsPostgreSqlTests : IAsyncLifetime
{
    private readonly PostgreSqlFactory _factory = new();

    private async Task<PermitClient> NewUserAsync()
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(_factory);
        return await PermitClient.SignInAsync(_factory, user, PermitTestData.Password);
    }

    [Fact]
    public async Task Numbers_imports_and_submits_work_on_postgresql()
    {
        PostgreSqlFactory.RequireServer();
        var clients = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => NewUserAsync()));

        // Concurrent first saves: every application gets its own number.
        var ids = await Task.WhenAll(clients.SelectMany(c => Enumerable.Range(0, 4).Select(_ => c.SaveDraftAsync())));
        var numbers = await _factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => ids.Contains(p.Id)).Select(p => p.ApplicationNo).ToListAsync());
        Assert.Equal(12, numbers.Distinct().Count());

        // A 1,000-line import through the bulk insert, decimals intact.
        var client = clients[0];
        var id = await client.CompleteDraftAsync("PZ-PG-1");
        var import = await client.UploadAsync(id, "ImportGoods", "file", PermitTestData.Workbook(Enumerable.Range(1, 1000).Select(PermitTestData.GoodsRow)), "g.xlsx");
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var goods = await _factory.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).OrderBy(g => g.LineNo).ToListAsync());
        Assert.Equal(1001, goods.Count);
        Assert.Equal(Enumerable.Range(1, 1001), goods.Select(g => g.LineNo));
        Assert.Equal(12.35m, goods[1].UnitPrice);

        // Submit, then the same approval form number is refused for another application.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(id, "Submit", PermitClient.Basic("PZ-PG-1", "0100", "赵新", "020-88886666"))).StatusCode);
        var otherId = await clients[1].CompleteDraftAsync("PZ-PG-2");
        var refused = await clients[1].PostAsync(otherId, "Submit", PermitClient.Basic("PZ-PG-1", "0100", "赵新", "020-88886666"));
        Assert.Contains("已被另一份待审核或审核通过的申请使用", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var states = await _factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id || p.Id == otherId).OrderBy(p => p.Id).Select(p => p.WorkflowState).ToListAsync());
        Assert.Equal([PermitStates.PendingReview, PermitStates.Draft], states);

        // The filtered unique index itself: a second pending application with the number cannot be written.
        await Assert.ThrowsAnyAsync<Exception>(() => _factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == otherId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ApprovalFormNo, "PZ-PG-1").SetProperty(p => p.WorkflowState, PermitStates.PendingReview))));
    }

    [Fact]
    public async Task Imports_stored_while_reading_stay_all_or_nothing_on_postgresql()
    {
        PostgreSqlFactory.RequireServer();
        var client = await NewUserAsync();
        var id = await client.SaveDraftAsync();

        // A bad row after more than ten 200-line commands went in: none of them stays.
        var rows = Enumerable.Range(1, 2_500).Select(PermitTestData.GoodsRow).ToList();
        rows[2_399][PermitCms.Permits.Goods.GoodsField.Quantity.Header] = "十个";
        var refused = await client.UploadAsync(id, "ImportGoods", "file", PermitTestData.Workbook(rows), "g.xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Set<PermitGoods>().CountAsync(g => g.PermitApplicationId == id)));

        // Two imports into the application at once: both, numbered one after the other, or one and a 409.
        var workbook = PermitTestData.Workbook(Enumerable.Range(1, 1_500).Select(PermitTestData.GoodsRow));
        var results = await Task.WhenAll(
            client.UploadAsync(id, "ImportGoods", "file", workbook, "a.xlsx"), client.UploadAsync(id, "ImportGoods", "file", workbook, "b.xlsx"));
        Assert.All(results, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        var ok = results.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.True(ok >= 1);
        var lineNos = await _factory.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).OrderBy(g => g.LineNo).Select(g => g.LineNo).ToListAsync());
        Assert.Equal(Enumerable.Range(1, ok * 1_500), lineNos);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
