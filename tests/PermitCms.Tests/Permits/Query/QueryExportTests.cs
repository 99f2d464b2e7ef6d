using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using static PermitCms.Tests.Permits.Query.QueryPages;

namespace PermitCms.Tests.Permits.Query;

/// <summary>导出: the workbook opens and holds exactly the query's rows, all pages of them.</summary>
public sealed class QueryExportTests(PermitCmsFactory app) : IClassFixture<PermitCmsFactory>
{
    public static List<IDictionary<string, object?>> Read(Stream workbook)
    {
        using var copy = new MemoryStream();
        workbook.CopyTo(copy);
        copy.Position = 0;
        return MiniExcel.Query(copy, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
    }

    [Fact]
    public async Task The_export_holds_exactly_the_rows_of_the_query_across_all_pages()
    {
        await QuerySeed.CreateDraftsAsync(app, DemoAccounts.Enterprise1, 130);
        var pending = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var deleted = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Deleted);
        await QuerySeed.CreateDraftsAsync(app, DemoAccounts.Enterprise2, 3);
        var enterpriseId = await QuerySeed.EnterpriseIdAsync(app, DemoAccounts.Enterprise1Name);
        var expectedDrafts = await app.WithDbAsync(db => db.Set<PermitApplication>()
            .Where(p => p.EnterpriseId == enterpriseId && p.WorkflowState == PermitStates.Draft).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Select(p => p.ApplicationNo).ToListAsync());
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);
        Assert.Equal(expectedDrafts.Count, Total(await client.GetStringAsync("/Permits/Query?state=Draft&size=100")));

        var response = await client.GetAsync("/Permits/Query?handler=Export&state=Draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^批准单查询_\d{14}\.xlsx$", response.Content.Headers.ContentDisposition!.FileNameStar);
        var rows = Read(await response.Content.ReadAsStreamAsync());
        Assert.True(rows.Count > 100);
        Assert.Equal(expectedDrafts, rows.Select(r => r["申请单号"]?.ToString()));
        Assert.All(rows, r => Assert.Equal("暂存", r["状态"]?.ToString()));
        Assert.All(rows, r => Assert.Equal("0100 北京海关", r["入境口岸"]?.ToString()));
        Assert.Equal(["申请单号", "批准单编号", "入境口岸", "状态", "申报日期"], rows[0].Keys.Take(5));

        // No conditions: every listed application of the enterprise (not the deleted one, not the other enterprise's).
        var all = Read(await client.GetStreamAsync("/Permits/Query?handler=Export"));
        Assert.Equal(expectedDrafts.Count + 1, all.Count);
        Assert.Contains(all, r => r["申请单号"]?.ToString() == pending.ApplicationNo && r["状态"]?.ToString() == "待审核" && r["申报日期"]?.ToString() is { Length: 16 });
        Assert.DoesNotContain(all, r => r["申请单号"]?.ToString() == deleted.ApplicationNo);

        var one = Read(await client.GetStreamAsync($"/Permits/Query?handler=Export&formNo={pending.ApprovalFormNo}"));
        Assert.Equal(pending.ApplicationNo, Assert.Single(one)["申请单号"]?.ToString());
    }
}
