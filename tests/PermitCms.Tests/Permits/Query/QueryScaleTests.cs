using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using static PermitCms.Tests.Permits.Query.QueryPages;

namespace PermitCms.Tests.Permits.Query;

/// <summary>
/// 100,000 applications of one enterprise: the list, its count, paging, every condition and the export give
/// the right rows. How fast is measured by bench/PermitCms.LoadTest, not here (timed tests lie on shared machines).
/// </summary>
public sealed class QueryScaleTests(PermitCmsFactory app) : IClassFixture<PermitCmsFactory>
{
    private const int Count = 100_000;

    [Fact]
    public async Task The_query_page_gives_the_right_rows_over_100000_applications()
    {
        var sample = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        await QuerySeed.BulkInsertAsync(app, Count, sample.EnterpriseId, sample.WorkflowDefinitionVersionId);
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);
        await client.GetStringAsync("/Permits/Query");

        var listed = await client.GetStringAsync("/Permits/Query");
        Assert.Equal(Count * 3 / 4 + 1, Total(listed));
        Assert.Equal(20, RowIds(listed).Count);
        Assert.Equal(Count / 4, Total(await client.GetStringAsync("/Permits/Query?state=PendingReview&size=100")));
        Assert.Single(RowIds(await client.GetStringAsync("/Permits/Query?no=S000054321")));
        Assert.Single(RowIds(await client.GetStringAsync("/Permits/Query?formNo=F54322")));
        Assert.Equal(20, RowIds(await client.GetStringAsync("/Permits/Query?from=2025-03-01&to=2025-03-31")).Count);
        Assert.Equal(20, RowIds(await client.GetStringAsync("/Permits/Query?state=Approved&from=2025-03-01&to=2025-03-31")).Count);
        Assert.Equal(100, RowIds(await client.GetStringAsync("/Permits/Query?p=700&size=100")).Count);

        // 导出 streams: a quarter of the rows (25,000) through MiniExcel into the response.
        await using var workbook = await client.GetStreamAsync("/Permits/Query?handler=Export&state=PendingReview");
        var rows = QueryExportTests.Read(workbook);
        Assert.Equal(Count / 4, rows.Count);
    }
}
