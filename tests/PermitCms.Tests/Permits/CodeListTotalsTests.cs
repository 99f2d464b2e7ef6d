using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.CodeLists;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>
/// The code lists' stamp is one row kept by triggers (CodeListTotals): after seeding, after the 代码表 pages and after
/// SQL written behind the app's back, on SQLite and on PostgreSQL, it equals the count and revision sum of the rows, and
/// a change no request of this instance made is still seen by the next page.
/// </summary>
public sealed class CodeListTotalsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Kept_totals_equal_the_rows_after_every_writer_on_sqlite()
    {
        await using var app = new PermitCmsFactory();
        await RunAsync(app);
    }

    [Fact]
    public async Task Kept_totals_equal_the_rows_after_every_writer_on_postgresql()
    {
        PostgreSqlFactory.RequireServer();
        await using var app = new PostgreSqlFactory();
        await RunAsync(app);
    }

    private static async Task RunAsync(PermitCmsFactory app)
    {
        await AssertExactAsync(app); // seeded at start: 800-odd rows inserted in one save

        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync(DemoAccounts.Administrator);
        var token = await admin.GetAntiforgeryTokenAsync("/Admin/CodeLists/Edit");
        var added = await admin.PostAsync("/Admin/CodeLists/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Id"] = "0", ["Input.ListName"] = "CustomsDistrict", ["Input.Code"] = "3391", ["Input.NameZh"] = "合计测试海关",
            ["Input.NameEn"] = "", ["Input.Source"] = "测试", ["Input.IsActive"] = "true", ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await app.WithDbAsync(db => db.Set<CodeListItem>().Where(i => i.ListName == "CustomsDistrict" && i.Code == "3391").Select(i => i.Id).SingleAsync(Ct));
        var toggled = await admin.PostFormAsync("/Admin/CodeLists", $"/Admin/CodeLists?handler=Toggle&id={id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, toggled.StatusCode);
        await AssertExactAsync(app);

        // Written as another instance or a manual fix would: the next page of this instance shows it, its cache notwithstanding.
        var enterprise = app.CreateBrowserLikeClient();
        await enterprise.SignInAsync(DemoAccounts.Enterprise1);
        Assert.DoesNotContain("合计测试海关", await enterprise.GetStringAsync("/Permits/Apply", Ct), StringComparison.Ordinal);
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"CodeListItems\" SET \"IsActive\" = TRUE, \"Revision\" = \"Revision\" + 1 WHERE \"Id\" = {id}", Ct));
        Assert.Contains("合计测试海关", await enterprise.GetStringAsync("/Permits/Apply", Ct), StringComparison.Ordinal);

        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"CodeListItems\" (\"ListName\", \"Code\", \"NameZh\", \"NameEn\", \"Source\", \"IsActive\", \"IsUnconfirmed\", \"SortOrder\", \"Revision\") " +
            "VALUES ('CustomsDistrict', '3392', '手工海关', '', '测试', TRUE, FALSE, 0, 7)", Ct));
        Assert.Contains("手工海关", await enterprise.GetStringAsync("/Permits/Apply", Ct), StringComparison.Ordinal);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"CodeListItems\" WHERE \"Code\" = '3392'", Ct));
        Assert.DoesNotContain("手工海关", await enterprise.GetStringAsync("/Permits/Apply", Ct), StringComparison.Ordinal);
        await AssertExactAsync(app);
    }

    private static async Task AssertExactAsync(PermitCmsFactory app)
    {
        var rows = await app.WithDbAsync(async db => (await db.Set<CodeListItem>().CountAsync(Ct), await db.Set<CodeListItem>().SumAsync(i => (long)i.Revision, Ct)));
        var kept = await app.WithDbAsync(db => db.Set<CodeListTotals>().Select(t => new { t.Id, t.Count, t.RevisionSum }).ToListAsync(Ct));
        Assert.True(rows.Item1 > 500, $"only {rows.Item1} code list rows");
        Assert.Equal([new { Id = CodeListTotals.SingleId, Count = rows.Item1, RevisionSum = rows.Item2 }], kept);
    }
}
