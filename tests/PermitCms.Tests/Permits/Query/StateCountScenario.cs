using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using static PermitCms.Tests.Permits.Query.QueryPages;

namespace PermitCms.Tests.Permits.Query;

/// <summary>
/// The kept counts of PermitStateCounts (database triggers) against the rows themselves, after every kind of writer:
/// the enterprise's pages over HTTP (新增, 复制, 申报, 撤回, 删除), the reviewer's page (审核通过, 退回), the workflow
/// runtime directly, and raw SQL (a bulk INSERT … SELECT, a manual UPDATE of states and enterprises, a DELETE).
/// </summary>
internal static class StateCountScenario
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task RunAsync(PermitCmsFactory app)
    {
        await AssertCountsExactAsync(app);
        var enterprise = await PermitClient.SignInAsync(app, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var query = await SignedInAsync(app, DemoAccounts.Enterprise1);
        var reviewer = await SignedInAsync(app, DemoAccounts.Reviewer);

        var draft = await enterprise.SaveDraftAsync();                                           // 新增 → 暂存
        var submitted = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var formNo = "CNT" + Guid.NewGuid().ToString("N")[..10];
            var id = await enterprise.CompleteDraftAsync(formNo);
            Assert.Equal(HttpStatusCode.Redirect, (await enterprise.PostAsync(id, "Submit", PermitClient.Basic(formNo, "0100", "赵新", "020-88886666"))).StatusCode);
            submitted.Add(id);                                                                     // 申报 → 待审核
        }

        await FollowAsync(query, await PostActionAsync(query, "Fire", submitted[0], "withdraw"));  // 撤回 → 暂存
        await FollowAsync(query, await PostActionAsync(query, "Copy", submitted[1]));              // 复制 → a new 暂存
        await FollowAsync(query, await PostActionAsync(query, "Fire", draft, "delete"));           // 删除 → 已删除
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(reviewer, submitted[2], "approve", "同意")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(reviewer, submitted[3], "reject", "请补充节目清单")).StatusCode);
        await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise2, PermitStates.Approved);          // the workflow runtime itself
        await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise2, PermitStates.Rejected);
        await AssertCountsExactAsync(app);

        // Writers that know nothing of the counts: a bulk copy of every application, a manual fix, a hard delete.
        var copied = await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(BulkCopySql, Ct));
        Assert.True(copied >= 8);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"PermitApplications\" SET \"WorkflowState\" = 'Approved' WHERE \"ApplicationNo\" LIKE 'R%' AND \"WorkflowState\" = 'PendingReview'", Ct));
        var other = await QuerySeed.EnterpriseIdAsync(app, DemoAccounts.Enterprise2Name);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"PermitApplications\" SET \"EnterpriseId\" = {0} WHERE \"ApplicationNo\" LIKE 'R%' AND \"WorkflowState\" = 'Draft'", [other], Ct));
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "DELETE FROM \"PermitApplications\" WHERE \"ApplicationNo\" LIKE 'R%' AND \"WorkflowState\" = 'Rejected'", Ct));
        await AssertCountsExactAsync(app);

        // What the pages show is those counts: 共 N 条 of the query page, the queue's total and its tiles.
        var mine = await QuerySeed.EnterpriseIdAsync(app, DemoAccounts.Enterprise1Name);
        var rows = await RowsAsync(app);
        Assert.Equal(rows.Where(r => r.Key.EnterpriseId == mine && r.Key.State != PermitStates.Deleted).Sum(r => r.Value),
            Total(await query.GetStringAsync("/Permits/Query", Ct)));
        Assert.Equal(rows.Where(r => r.Key.EnterpriseId == mine && r.Key.State == PermitStates.Draft).Sum(r => r.Value),
            Total(await query.GetStringAsync("/Permits/Query?state=Draft", Ct)));
        var approved = rows.Where(r => r.Key.State == PermitStates.Approved).Sum(r => r.Value);
        var queue = WebUtility.HtmlDecode(await reviewer.GetStringAsync("/Admin/Review?State=Approved", Ct));
        Assert.Contains($"共 {approved} 条", queue, StringComparison.Ordinal);
        var staffVisible = rows.Where(r => r.Key.State is not PermitStates.Draft and not PermitStates.Deleted).Sum(r => r.Value);
        Assert.Contains($"共 {staffVisible} 条", WebUtility.HtmlDecode(await reviewer.GetStringAsync("/Admin/Review?State=", Ct)), StringComparison.Ordinal);
    }

    /// <summary>The kept counts equal a GROUP BY of the rows (a count that fell to 0 may stay as a row).</summary>
    private static async Task AssertCountsExactAsync(PermitCmsFactory app)
    {
        var kept = await app.WithDbAsync(db => db.Set<PermitStateCount>().Where(c => c.Count != 0)
            .ToDictionaryAsync(c => (c.EnterpriseId, State: c.WorkflowState), c => c.Count, Ct));
        Assert.Equal((await RowsAsync(app)).OrderBy(r => r.Key).ToList(), kept.OrderBy(r => r.Key).ToList());
    }

    private static Task<Dictionary<(int EnterpriseId, string State), int>> RowsAsync(PermitCmsFactory app)
        => app.WithDbAsync(db => db.Set<PermitApplication>().GroupBy(p => new { p.EnterpriseId, p.WorkflowState })
            .Select(g => new { g.Key.EnterpriseId, g.Key.WorkflowState, Count = g.Count() })
            .ToDictionaryAsync(g => (g.EnterpriseId, State: g.WorkflowState), g => g.Count, Ct));

    private static async Task<HttpResponseMessage> ReviewAsync(HttpClient reviewer, int id, string trigger, string comment)
    {
        var token = await reviewer.GetAntiforgeryTokenAsync("/Admin/Review");
        return await reviewer.PostAsync($"/Admin/Review/Details?id={id}&handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trigger"] = trigger, ["Comment"] = comment, ["__RequestVerificationToken"] = token,
        }), Ct);
    }

    // Plain SQL that SQLite and PostgreSQL both read: every application again under an "R" number, without 批准单编号.
    private const string BulkCopySql = """
        INSERT INTO "PermitApplications" ("ApplicationNo", "EnterpriseId", "PortCode", "ContactName", "ContactPhone", "ImporterName",
            "CreditCode", "CustomsCode", "Address", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "DeclaredAt", "WorkflowState",
            "WorkflowDefinitionVersionId", "WorkflowVersion", "Revision")
        SELECT 'R' || "ApplicationNo", "EnterpriseId", "PortCode", "ContactName", "ContactPhone", "ImporterName", "CreditCode",
            "CustomsCode", "Address", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "DeclaredAt", "WorkflowState",
            "WorkflowDefinitionVersionId", "WorkflowVersion", "Revision"
        FROM "PermitApplications"
        """;
}
