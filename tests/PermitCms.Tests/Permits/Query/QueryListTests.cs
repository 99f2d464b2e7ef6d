using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using static PermitCms.Tests.Permits.Query.QueryPages;

namespace PermitCms.Tests.Permits.Query;

/// <summary>批准单查询 over HTTP: the enterprise's own listed applications, each condition, paging, the buttons.</summary>
public sealed class QueryListTests(PermitCmsFactory app) : IClassFixture<PermitCmsFactory>
{
    [Fact]
    public async Task The_list_shows_the_own_listed_applications_newest_first_and_each_condition_narrows_it()
    {
        var draft = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        var pending = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var approved = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Approved);
        var deleted = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Deleted);
        var foreign = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise2, PermitStates.Draft);
        // Declared on two known China days (00:30 and 23:30 CST), far from the other tests' data.
        await app.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == pending.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.DeclaredAt, new DateTime(2024, 3, 4, 16, 30, 0, DateTimeKind.Utc))));
        await app.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == approved.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.DeclaredAt, new DateTime(2024, 3, 6, 15, 30, 0, DateTimeKind.Utc))));
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);

        var all = RowIds(await client.GetStringAsync("/Permits/Query?size=100"));
        Assert.Equal([approved.Id, pending.Id, draft.Id], all.Where(id => id == draft.Id || id == pending.Id || id == approved.Id));
        Assert.DoesNotContain(deleted.Id, all);
        Assert.DoesNotContain(foreign.Id, all);

        Assert.Equal([draft.Id], RowIds(await client.GetStringAsync($"/Permits/Query?no={draft.ApplicationNo}")));
        Assert.Equal([draft.Id], RowIds(await client.GetStringAsync($"/Permits/Query?no=+{draft.ApplicationNo}+")));
        Assert.Empty(RowIds(await client.GetStringAsync($"/Permits/Query?no={draft.ApplicationNo[..^1]}")));
        Assert.Empty(RowIds(await client.GetStringAsync($"/Permits/Query?no={foreign.ApplicationNo}")));
        Assert.Empty(RowIds(await client.GetStringAsync($"/Permits/Query?no={deleted.ApplicationNo}")));
        Assert.Equal([pending.Id], RowIds(await client.GetStringAsync($"/Permits/Query?formNo={pending.ApprovalFormNo}")));

        var pendingOnly = RowIds(await client.GetStringAsync("/Permits/Query?state=PendingReview&size=100"));
        Assert.Contains(pending.Id, pendingOnly);
        Assert.DoesNotContain(draft.Id, pendingOnly);
        Assert.DoesNotContain(approved.Id, pendingOnly);

        Assert.Equal([pending.Id], RowIds(await client.GetStringAsync("/Permits/Query?from=2024-03-05&to=2024-03-05")));
        Assert.Equal([approved.Id], RowIds(await client.GetStringAsync("/Permits/Query?from=2024-03-06&to=2024-03-06")));
        var fromOnly = RowIds(await client.GetStringAsync("/Permits/Query?from=2024-03-06&size=100"));
        Assert.Contains(approved.Id, fromOnly);
        Assert.DoesNotContain(pending.Id, fromOnly);
        Assert.DoesNotContain(draft.Id, fromOnly);
        Assert.Equal([approved.Id, pending.Id], RowIds(await client.GetStringAsync("/Permits/Query?from=2024-03-01&to=2024-03-31")));
        Assert.Equal([pending.Id], RowIds(await client.GetStringAsync("/Permits/Query?to=2024-03-05")));
        Assert.Empty(RowIds(await client.GetStringAsync($"/Permits/Query?from=2024-03-01&to=2024-03-31&state=Draft")));

        // A hand-made link asking for deleted applications still shows none of them.
        Assert.DoesNotContain(deleted.Id, RowIds(await client.GetStringAsync("/Permits/Query?state=Deleted&size=100")));
        var html = await client.GetStringAsync("/Permits/Query");
        Assert.DoesNotContain("已删除", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"PendingReview\">待审核</option>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_buttons_are_the_permitted_triggers_plus_copy_and_edit_where_the_owner_may_edit()
    {
        var draft = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        var pending = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var approved = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Approved);
        var rejected = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Rejected);
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);
        var html = await client.GetStringAsync("/Permits/Query?size=100");

        Assert.Equal(["edit", "submit", "delete", "copy"], RowActions(html, draft.Id));
        Assert.Equal(["withdraw", "copy"], RowActions(html, pending.Id));
        // An approved application also offers 下载批准单 (issue 12).
        Assert.Equal(["certificate", "copy"], RowActions(html, approved.Id));
        // After 退回 the workflow's own 修改 (revise) is the edit button.
        Assert.Equal(["revise", "copy"], RowActions(html, rejected.Id));
        Assert.Contains(">退回</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_keep_the_conditions_and_the_page_size_and_the_total_is_shown()
    {
        var ids = await QuerySeed.CreateDraftsAsync(app, DemoAccounts.Enterprise1, 25, portCode: "4700");
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);
        var enterpriseId = await QuerySeed.EnterpriseIdAsync(app, DemoAccounts.Enterprise1Name);
        var total = await app.WithDbAsync(db => db.Set<PermitApplication>().CountAsync(p => p.EnterpriseId == enterpriseId && p.WorkflowState == PermitStates.Draft));

        var first = await client.GetStringAsync("/Permits/Query?state=Draft&size=10");
        Assert.Equal(total, Total(first));
        Assert.Equal(10, RowIds(first).Count);
        Assert.Contains("href=\"/Permits/Query?state=Draft&amp;p=2&amp;size=10\"", first, StringComparison.Ordinal);
        var second = await client.GetStringAsync("/Permits/Query?state=Draft&p=2&size=10");
        Assert.Empty(RowIds(first).Intersect(RowIds(second)));
        Assert.Equal(ids.AsEnumerable().Reverse().Take(20), RowIds(first).Concat(RowIds(second)));
        Assert.Contains("4700", first, StringComparison.Ordinal);

        // An unknown page size falls back to the default; a page past the end shows the last page.
        Assert.Equal(20, RowIds(await client.GetStringAsync("/Permits/Query?state=Draft&size=7")).Count);
        Assert.NotEmpty(RowIds(await client.GetStringAsync("/Permits/Query?state=Draft&size=10&p=9999")));
    }
}
