using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Tests.Workflows;

/// <summary>The admin pages over HTTP: who may open them, and bad form input refused with a message and no change.</summary>
public sealed class WorkflowAdminPagesTests(WorkflowTestApp app) : IClassFixture<WorkflowTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DemoAccounts.Reviewer, "/Admin/Workflows")]
    [InlineData(DemoAccounts.Reviewer, "/Admin/Workflows/Deliveries")]
    [InlineData(DemoAccounts.Enterprise1, "/Admin/Workflows")]
    public async Task Only_administrators_open_the_workflow_pages(string userName, string url)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(userName);

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_sees_the_definition_its_diagram_and_the_menu_entry()
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);

        var index = await client.GetStringAsync("/Admin/Workflows", Ct);
        var versionId = await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Select(v => v.Id).FirstAsync());
        var version = await client.GetStringAsync($"/Admin/Workflows/Version?id={versionId}", Ct);

        Assert.Contains("href=\"/Admin/Workflows\">流程配置</a>", index, StringComparison.Ordinal);
        Assert.Contains("进口批准单申请流程", index, StringComparison.Ordinal);
        Assert.Contains("已发布", index, StringComparison.Ordinal);
        Assert.Contains("<svg", version, StringComparison.Ordinal);
        foreach (var name in new[] { "暂存", "待审核", "审核通过", "退回", "已删除", "申报（企业用户）", "退回*（审批人员）" })
        {
            Assert.Contains(name, version, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("id=\"publish\"", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_state_and_transition_input_is_refused_with_messages_and_changes_nothing()
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        var definitionId = await app.WithDbAsync(db => db.Set<WorkflowDefinition>().Select(d => d.Id).SingleAsync());
        var create = await client.PostFormAsync("/Admin/Workflows", $"/Admin/Workflows?handler=CreateDraft&definitionId={definitionId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var draft = await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().SingleAsync(v => v.Status == WorkflowVersionStatus.Draft));
        var stateUrl = $"/Admin/Workflows/State?versionId={draft.Id}";
        var transitionUrl = $"/Admin/Workflows/Transition?versionId={draft.Id}";

        var duplicate = await client.PostFormAsync(stateUrl, stateUrl, new Dictionary<string, string> { ["Input.Code"] = "Draft", ["Input.NameZh"] = "重复", ["Revision"] = draft.Revision.ToString() });
        var badCode = await client.PostFormAsync(stateUrl, stateUrl, new Dictionary<string, string> { ["Input.Code"] = "二审", ["Input.NameZh"] = "", ["Revision"] = draft.Revision.ToString() });
        var noRole = await client.PostFormAsync(transitionUrl, transitionUrl, new Dictionary<string, string>
        {
            ["Input.Trigger"] = "submit", ["Input.NameZh"] = "再次申报", ["Input.From"] = "Draft", ["Input.To"] = "Nowhere",
            ["Input.Webhook"] = "true", ["Input.WebhookUrl"] = "not a url", ["Revision"] = draft.Revision.ToString(),
        });

        Assert.Contains("代码「Draft」已被其他状态使用。", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var badCodeHtml = await badCode.Content.ReadAsStringAsync(Ct);
        Assert.Contains("代码须以字母开头", badCodeHtml, StringComparison.Ordinal);
        Assert.Contains("请填写中文名称。", badCodeHtml, StringComparison.Ordinal);
        var noRoleHtml = await noRole.Content.ReadAsStringAsync(Ct);
        Assert.Contains("状态「暂存」下已有触发代码为「submit」的流转。", noRoleHtml, StringComparison.Ordinal);
        Assert.Contains("请选择存在的目标状态。", noRoleHtml, StringComparison.Ordinal);
        Assert.Contains("请至少选择一个可以执行的角色。", noRoleHtml, StringComparison.Ordinal);
        Assert.Contains("请填写以 http:// 或 https:// 开头的完整地址", noRoleHtml, StringComparison.Ordinal);
        Assert.Equal(draft.Document, await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Where(v => v.Id == draft.Id).Select(v => v.Document).SingleAsync()));

        // A form loaded before someone else saved the draft does not overwrite that save.
        var stale = await client.PostFormAsync(stateUrl, stateUrl, new Dictionary<string, string> { ["Input.Code"] = "Extra", ["Input.NameZh"] = "额外", ["Revision"] = (draft.Revision - 1).ToString() });
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains(WorkflowDefinitionManager.EditConflictMessage, await client.GetStringAsync(stale.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.Equal(draft.Document, await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Where(v => v.Id == draft.Id).Select(v => v.Document).SingleAsync()));
    }

    [Fact]
    public async Task A_draft_can_be_discarded_but_a_published_version_cannot()
    {
        await using var own = new WorkflowTestApp();
        var client = own.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        var definitionId = await own.WithDbAsync(db => db.Set<WorkflowDefinition>().Select(d => d.Id).SingleAsync());
        var published = await own.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Select(v => v.Id).SingleAsync());
        await client.PostFormAsync("/Admin/Workflows", $"/Admin/Workflows?handler=CreateDraft&definitionId={definitionId}", new Dictionary<string, string>());
        var draft = await own.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Where(v => v.Status == WorkflowVersionStatus.Draft).Select(v => v.Id).SingleAsync());

        var refused = await client.PostFormAsync($"/Admin/Workflows/Version?id={draft}", $"/Admin/Workflows/Version?id={published}&handler=DeleteDraft", new Dictionary<string, string>());
        Assert.Contains("只有草稿可以删除", await client.GetStringAsync(refused.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        var deleted = await client.PostFormAsync($"/Admin/Workflows/Version?id={draft}", $"/Admin/Workflows/Version?id={draft}&handler=DeleteDraft", new Dictionary<string, string>());

        Assert.Equal("/Admin/Workflows", deleted.Headers.Location!.OriginalString);
        Assert.Equal([published], await own.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Select(v => v.Id).ToListAsync()));
    }

    [Fact]
    public async Task A_broken_draft_still_renders_and_validating_it_lists_every_problem()
    {
        await using var own = new WorkflowTestApp();
        var definitionId = await own.WithDbAsync(db => db.Set<WorkflowDefinition>().Select(d => d.Id).SingleAsync());
        var (draft, _) = await own.WithManagerAsync((m, admin) => m.CreateDraftAsync(definitionId, admin, CancellationToken.None));
        var document = draft!.ReadDocument();
        document.States.Add(new WorkflowStateDefinition { Code = "Draft", NameZh = "重复暂存" });
        document.Transitions.Add(new WorkflowTransitionDefinition { Trigger = "archive", NameZh = "归档", From = "Deleted", To = "Archive", Roles = [] });
        Assert.Null(await own.WithManagerAsync((m, _) => m.SaveDraftAsync(draft.Id, draft.Revision, document, CancellationToken.None)));
        var client = own.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        var url = $"/Admin/Workflows/Version?id={draft.Id}";

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, Ct)).StatusCode);
        var validated = await (await client.PostFormAsync(url, url + "&handler=Validate", new Dictionary<string, string>())).Content.ReadAsStringAsync(Ct);
        var published = await (await client.PostFormAsync(url, url + "&handler=Publish", new Dictionary<string, string>())).Content.ReadAsStringAsync(Ct);

        foreach (var expected in new[] { "状态代码「Draft」重复", "目标状态「Archive」不存在", "终态不能再有流转", "没有任何角色可以执行该操作" })
        {
            Assert.Contains(expected, validated, StringComparison.Ordinal);
            Assert.Contains(expected, published, StringComparison.Ordinal);
        }

        Assert.Contains("未能发布", published, StringComparison.Ordinal);
        Assert.Equal(WorkflowVersionStatus.Draft, await own.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Where(v => v.Id == draft.Id).Select(v => v.Status).SingleAsync()));
    }
}
