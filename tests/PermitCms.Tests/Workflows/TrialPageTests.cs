using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Security;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Trial;

namespace PermitCms.Tests.Workflows;

/// <summary>试运行: the administrator starts a sample item, fires what the workflow permits and reads its history.</summary>
public sealed class TrialPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_administrator_runs_a_trial_item_and_sees_its_history_and_refusals()
    {
        await using var app = new WorkflowTestApp();
        await app.PublishChangedPermitAsync(d => d.Transitions.Single(t => t.Trigger == "delete").Roles.Add(Roles.Administrator));
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);

        var empty = await client.PostFormAsync("/Admin/Workflows/Trial", "/Admin/Workflows/Trial?handler=Create", new Dictionary<string, string> { ["Title"] = " ", ["Workflow"] = "Permit" });
        Assert.Contains("请填写事项名称。", await empty.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<WorkflowTrialItem>().CountAsync()));

        var created = await client.PostFormAsync("/Admin/Workflows/Trial", "/Admin/Workflows/Trial?handler=Create", new Dictionary<string, string> { ["Title"] = "试运行一", ["Workflow"] = "Permit" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.WithDbAsync(db => db.Set<WorkflowTrialItem>().Select(i => i.Id).SingleAsync());
        var page = $"/Admin/Workflows/Trial?id={id}";
        var draft = await client.GetStringAsync(page, Ct);
        Assert.Contains("id=\"trial-state\">暂存<", draft, StringComparison.Ordinal);
        Assert.Contains("value=\"delete\"", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"submit\"", draft, StringComparison.Ordinal);

        var refused = await client.PostFormAsync(page, $"{page}&handler=Fire", new Dictionary<string, string> { ["trigger"] = "submit" });
        Assert.Contains("您无权对该事项执行「申报」。", await client.GetStringAsync(refused.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        await client.PostFormAsync(page, $"{page}&handler=Fire", new Dictionary<string, string> { ["trigger"] = "delete", ["comment"] = "试运行结束" });

        var deleted = await client.GetStringAsync(page, Ct);
        Assert.Contains("id=\"trial-state\">已删除<", deleted, StringComparison.Ordinal);
        Assert.Contains("暂存 → 已删除", deleted, StringComparison.Ordinal);
        Assert.Contains("试运行结束", deleted, StringComparison.Ordinal);
        Assert.Equal(["create", "delete"], (await app.HistoryAsync(id)).Select(h => h.Trigger));
    }

    [Fact]
    public async Task Reviewers_cannot_open_the_trial_page()
    {
        await using var app = new WorkflowTestApp();
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Reviewer);

        var response = await client.GetAsync("/Admin/Workflows/Trial", Ct);

        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
