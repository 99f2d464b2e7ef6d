using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Security;
using PermitCms.Permits.Lifecycle;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Tests.Workflows.Timers;

/// <summary>The state form's 办理时限 fields over real HTTP, the default limit, and the validator's rules.</summary>
public sealed class TimeLimitDesignerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_default_definition_gives_pending_review_20_working_days_with_a_reminder_3_days_before()
    {
        await using var app = new WorkflowTestApp();
        var published = await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().SingleAsync(v => v.Status == WorkflowVersionStatus.Published, Ct));

        var limit = published.ReadDocument().FindState("PendingReview")!.TimeLimit!;

        Assert.Equal((20, 3), (limit.WorkingDays, limit.RemindBeforeDays));
        Assert.Equal([Roles.Reviewer], limit.RemindRoles);
        Assert.Equal([Roles.Reviewer, Roles.Administrator], limit.EscalateRoles);
        Assert.Null(published.ReadDocument().FindState("Draft")!.TimeLimit);
        Assert.DoesNotContain(WorkflowValidator.Validate(PermitWorkflow.Create(), new HashSet<string> { PermitWorkflow.CompleteGuard }, new HashSet<string> { "notify", "webhook" }), m => m.IsError);
    }

    [Fact]
    public async Task The_designer_saves_a_limit_on_a_draft_state_and_refuses_bad_limits_with_messages()
    {
        await using var app = new WorkflowTestApp();
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        var definitionId = await app.WithDbAsync(db => db.Set<WorkflowDefinition>().Select(d => d.Id).SingleAsync(Ct));
        await client.PostFormAsync("/Admin/Workflows", $"/Admin/Workflows?handler=CreateDraft&definitionId={definitionId}", new Dictionary<string, string>());
        var draft = await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().SingleAsync(v => v.Status == WorkflowVersionStatus.Draft, Ct));
        var url = $"/Admin/Workflows/State?versionId={draft.Id}&code=Rejected";
        Dictionary<string, string> Form(int revision, string days, string remind, string webhook = "") => new()
        {
            ["Input.Code"] = "Rejected", ["Input.NameZh"] = "退回", ["Input.NameEn"] = "Returned", ["Input.OwnerCanEdit"] = "true", ["Input.Listed"] = "true",
            ["Limit.Enabled"] = "true", ["Limit.WorkingDays"] = days, ["Limit.RemindBeforeDays"] = remind, ["Limit.RemindRoles"] = Roles.Enterprise,
            ["Limit.EscalateRoles"] = Roles.Administrator, ["Limit.WebhookUrl"] = webhook, ["Revision"] = revision.ToString(),
        };

        var shown = await client.GetStringAsync($"/Admin/Workflows/State?versionId={draft.Id}&code=PendingReview", Ct);
        Assert.Contains("id=\"Limit_WorkingDays\"", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"20\"", shown, StringComparison.Ordinal);

        var bad = await client.PostFormAsync(url, url, Form(draft.Revision, "5", "5", "ftp://x"));
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("提前提醒的天数须不小于 0 且小于时限（5 个工作日）。", badHtml, StringComparison.Ordinal);
        Assert.Contains("请填写以 http:// 或 https:// 开头的完整地址", badHtml, StringComparison.Ordinal);
        var zero = await client.PostFormAsync(url, url, Form(draft.Revision, "0", "0"));
        Assert.Contains("请填写 1 到 365 之间的工作日数。", await zero.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(draft.Document, await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Where(v => v.Id == draft.Id).Select(v => v.Document).SingleAsync(Ct)));

        var saved = await client.PostFormAsync(url, url, Form(draft.Revision, "10", "2", "https://example.org/hooks/limit"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var version = await client.GetStringAsync(saved.Headers.Location!.OriginalString, Ct);
        Assert.Contains("10 个工作日，提前 2 天提醒", version, StringComparison.Ordinal);
        var limit = (await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().SingleAsync(v => v.Id == draft.Id, Ct))).ReadDocument().FindState("Rejected")!.TimeLimit!;
        Assert.Equal((10, 2, "https://example.org/hooks/limit"), (limit.WorkingDays, limit.RemindBeforeDays, limit.WebhookUrl));
        Assert.Equal([Roles.Enterprise], limit.RemindRoles);
        Assert.Equal([Roles.Administrator], limit.EscalateRoles);
    }

    [Fact]
    public async Task The_designer_offers_the_outgoing_transitions_as_escalation_trigger_and_refuses_any_other()
    {
        await using var app = new WorkflowTestApp();
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        var definitionId = await app.WithDbAsync(db => db.Set<WorkflowDefinition>().Select(d => d.Id).SingleAsync(Ct));
        await client.PostFormAsync("/Admin/Workflows", $"/Admin/Workflows?handler=CreateDraft&definitionId={definitionId}", new Dictionary<string, string>());
        var draft = await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().SingleAsync(v => v.Status == WorkflowVersionStatus.Draft, Ct));
        var url = $"/Admin/Workflows/State?versionId={draft.Id}&code=PendingReview";
        Dictionary<string, string> Form(string trigger) => new()
        {
            ["Input.Code"] = "PendingReview", ["Input.NameZh"] = "待审核", ["Input.NameEn"] = "Pending review", ["Input.Listed"] = "true",
            ["Limit.Enabled"] = "true", ["Limit.WorkingDays"] = "20", ["Limit.RemindBeforeDays"] = "3", ["Limit.RemindRoles"] = Roles.Reviewer,
            ["Limit.EscalateRoles"] = Roles.Administrator, ["Limit.EscalateTrigger"] = trigger, ["Revision"] = draft.Revision.ToString(),
        };

        var shown = await client.GetStringAsync(url, Ct);
        Assert.Contains("<option value=\"reject\">退回（reject → Rejected）</option>", shown, StringComparison.Ordinal);
        Assert.Contains("<option value=\"approve\">审核通过（approve → Approved）</option>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"writeoff\">", shown, StringComparison.Ordinal);

        var bad = await client.PostFormAsync(url, url, Form("writeoff"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("请选择从该状态出发的一个流转，或选择“不自动处理”。", await bad.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(draft.Document, await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Where(v => v.Id == draft.Id).Select(v => v.Document).SingleAsync(Ct)));

        var saved = await client.PostFormAsync(url, url, Form("reject"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("20 个工作日，提前 3 天提醒，超期自动「退回」", await client.GetStringAsync(saved.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        var limit = (await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().SingleAsync(v => v.Id == draft.Id, Ct))).ReadDocument().FindState("PendingReview")!.TimeLimit!;
        Assert.Equal("reject", limit.EscalateTrigger);
        Assert.Contains("<option value=\"reject\" selected=\"selected\">", await client.GetStringAsync(url, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public void The_validator_refuses_an_escalation_trigger_that_does_not_leave_the_state()
    {
        var document = PermitWorkflow.Create();
        document.FindState("PendingReview")!.TimeLimit!.EscalateTrigger = "writeoff";

        var errors = WorkflowValidator.Validate(document, new HashSet<string> { PermitWorkflow.CompleteGuard }, new HashSet<string> { "notify", "webhook" })
            .Where(m => m.IsError).Select(m => m.Message).ToList();

        Assert.Contains("状态「待审核」（PendingReview）的办理时限：超期自动执行的流转「writeoff」不是从该状态出发的流转。", errors);
        document.FindState("PendingReview")!.TimeLimit!.EscalateTrigger = "reject";
        Assert.DoesNotContain(WorkflowValidator.Validate(document, new HashSet<string> { PermitWorkflow.CompleteGuard }, new HashSet<string> { "notify", "webhook" }), m => m.IsError);
    }

    [Fact]
    public void The_validator_refuses_limits_on_final_states_and_limits_without_recipients()
    {
        var document = PermitWorkflow.Create();
        document.FindState("WrittenOff")!.TimeLimit = new WorkflowTimeLimit { WorkingDays = 5, EscalateRoles = [Roles.Reviewer] };
        document.FindState("Rejected")!.TimeLimit = new WorkflowTimeLimit { WorkingDays = 5, RemindBeforeDays = 1 };

        var errors = WorkflowValidator.Validate(document, new HashSet<string> { PermitWorkflow.CompleteGuard }, new HashSet<string> { "notify", "webhook" })
            .Where(m => m.IsError).Select(m => m.Message).ToList();

        Assert.Contains(errors, e => e.Contains("已核销", StringComparison.Ordinal) && e.Contains("终态不能设办理时限", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("退回", StringComparison.Ordinal) && e.Contains("提醒没有接收人", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("退回", StringComparison.Ordinal) && e.Contains("超期督办没有接收人", StringComparison.Ordinal));
    }
}
