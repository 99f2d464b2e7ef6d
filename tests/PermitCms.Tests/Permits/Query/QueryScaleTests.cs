using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using static PermitCms.Tests.Permits.Query.QueryPages;

namespace PermitCms.Tests.Permits.Query;

/// <summary>
/// 100,000 applications of one enterprise: the list, its count and every condition answer promptly. A smoke
/// check with a generous bound (the machine is shared); the performance issue measures this precisely.
/// </summary>
public sealed class QueryScaleTests(PermitCmsFactory app, ITestOutputHelper output) : IClassFixture<PermitCmsFactory>
{
    private const int Count = 100_000;

    [Fact]
    public async Task The_query_page_answers_promptly_over_100000_applications()
    {
        var sample = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(BulkInsert, sample.EnterpriseId, sample.WorkflowDefinitionVersionId));
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);
        await client.GetStringAsync("/Permits/Query");

        var listed = await Timed(client, "/Permits/Query");
        Assert.Equal(Count * 3 / 4 + 1, Total(listed));
        Assert.Equal(20, RowIds(listed).Count);
        Assert.Equal(Count / 4, Total(await Timed(client, "/Permits/Query?state=PendingReview&size=100")));
        Assert.Single(RowIds(await Timed(client, "/Permits/Query?no=S000054321")));
        Assert.Single(RowIds(await Timed(client, "/Permits/Query?formNo=F54322")));
        Assert.Equal(20, RowIds(await Timed(client, "/Permits/Query?from=2025-03-01&to=2025-03-31")).Count);
        Assert.Equal(20, RowIds(await Timed(client, "/Permits/Query?state=Approved&from=2025-03-01&to=2025-03-31")).Count);
        Assert.Equal(100, RowIds(await Timed(client, "/Permits/Query?p=700&size=100")).Count);

        // 导出 streams: a quarter of the rows (25,000) through MiniExcel into the response.
        var watch = Stopwatch.StartNew();
        await using var workbook = await client.GetStreamAsync("/Permits/Query?handler=Export&state=PendingReview");
        var rows = QueryExportTests.Read(workbook);
        output.WriteLine($"{watch.ElapsedMilliseconds,6} ms  export of {rows.Count} rows");
        Assert.Equal(Count / 4, rows.Count);
    }

    private async Task<string> Timed(HttpClient client, string url)
    {
        var watch = Stopwatch.StartNew();
        var html = await client.GetStringAsync(url);
        output.WriteLine($"{watch.ElapsedMilliseconds,6} ms  {url}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{url} took {watch.ElapsedMilliseconds} ms");
        return html;
    }

    // One statement, in the database: a quarter each 暂存, 待审核, 审核通过 and 已删除, five minutes apart from 2025-01-01.
    private const string BulkInsert = """
        INSERT INTO "PermitApplications" ("ApplicationNo", "EnterpriseId", "ApprovalFormNo", "PortCode", "ContactName", "ContactPhone",
            "ImporterName", "CreditCode", "CustomsCode", "Address", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "DeclaredAt",
            "WorkflowState", "WorkflowDefinitionVersionId", "WorkflowVersion")
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
        SELECT 'S' || printf('%09d', i), {0}, 'F' || i, '0100', '王明', '010-1', 'x', '91110105MA01Q8XK3N', '1105960123', 'x',
            strftime('%Y-%m-%d %H:%M:%S', '2025-01-01', '+' || (i * 5) || ' minutes'), 'seed',
            strftime('%Y-%m-%d %H:%M:%S', '2025-01-01', '+' || (i * 5) || ' minutes'), 'seed',
            CASE WHEN i % 4 = 0 THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%S', '2025-01-01', '+' || (i * 5 + 1) || ' minutes') END,
            CASE i % 4 WHEN 0 THEN 'Draft' WHEN 1 THEN 'PendingReview' WHEN 2 THEN 'Approved' ELSE 'Deleted' END, {1}, 1
        FROM n
        """;
}
