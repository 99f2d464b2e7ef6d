using PermitCms.Core.Security;
using PermitCms.Permits.Lifecycle;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Tests.Workflows;

/// <summary>What 校验 reports before a version may be published: each problem named with its state or trigger.</summary>
public sealed class ValidatorTests
{
    private static readonly HashSet<string> Guards = [PermitWorkflow.CompleteGuard];
    private static readonly HashSet<string> Activities = [BuiltInActivities.Notify, BuiltInActivities.Webhook];

    private static IReadOnlyList<WorkflowValidationMessage> Validate(Action<WorkflowDocument> edit)
    {
        var document = PermitWorkflow.Create();
        edit(document);
        return WorkflowValidator.Validate(document, Guards, Activities);
    }

    private static List<string> Errors(Action<WorkflowDocument> edit) => Validate(edit).Where(m => m.IsError).Select(m => m.Message).ToList();

    [Fact]
    public void The_default_workflow_and_the_second_review_stage_are_valid()
    {
        Assert.Empty(Validate(_ => { }));
        Assert.Empty(Validate(PublishNewVersionTests.AddSecondReview));
    }

    [Fact]
    public void A_transition_to_or_from_an_unknown_state_is_an_error()
    {
        var errors = Errors(d => d.Transitions.Add(new() { Trigger = "archive", NameZh = "归档", From = "Approvedd", To = "Archive", Roles = [Roles.Administrator] }));

        Assert.Contains(errors, e => e.Contains("起始状态「Approvedd」不存在", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("目标状态「Archive」不存在", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_no_transition_leads_to_is_unreachable()
    {
        var errors = Errors(d => d.States.Add(new() { Code = "SecondReview", NameZh = "复审", IsFinal = true }));

        Assert.Equal(["状态「复审」（SecondReview）从初始状态无法到达。"], errors);
    }

    [Fact]
    public void A_state_with_no_path_to_a_final_state_is_an_error()
    {
        var errors = Errors(d =>
        {
            d.States.Add(new() { Code = "Limbo", NameZh = "搁置" });
            d.Transitions.Add(new() { Trigger = "park", NameZh = "搁置", From = "PendingReview", To = "Limbo", Roles = [Roles.Reviewer] });
        });

        Assert.Equal(["状态「搁置」（Limbo）没有通往任何终态的路径，事项会停在这里。"], errors);
    }

    [Fact]
    public void A_trigger_no_role_may_fire_is_an_error_and_so_is_an_unknown_role()
    {
        var errors = Errors(d =>
        {
            d.Transitions.Single(t => t.Trigger == "withdraw").Roles.Clear();
            d.Transitions.Single(t => t.Trigger == "revise").Roles = ["Nobody"];
        });

        Assert.Contains("流转「撤回」（withdraw，PendingReview → Draft）：没有任何角色可以执行该操作。", errors);
        Assert.Contains("流转「修改」（revise，Rejected → Draft）：角色「Nobody」不存在。", errors);
        Assert.Contains("流转「修改」（revise，Rejected → Draft）：没有任何角色可以执行该操作。", errors);
    }

    [Fact]
    public void Duplicate_state_codes_and_duplicate_triggers_of_one_state_are_errors()
    {
        var errors = Errors(d =>
        {
            d.States.Add(new() { Code = "Draft", NameZh = "草稿二" });
            d.Transitions.Add(new() { Trigger = "submit", NameZh = "再申报", From = "Draft", To = "Approved", Roles = [Roles.Enterprise] });
        });

        Assert.Contains("状态代码「Draft」重复（2 个状态）。", errors);
        Assert.Contains("状态「Draft」下触发代码「submit」重复（2 条流转）。", errors);
    }

    [Fact]
    public void Initial_and_final_states_bad_codes_and_transitions_out_of_final_states_are_errors()
    {
        Assert.Contains("流程有 2 个初始状态，只能有一个。", Errors(d => d.States[1].IsInitial = true));
        Assert.Contains("流程没有初始状态：请把一个状态设为初始状态。", Errors(d => d.States[0].IsInitial = false));
        Assert.Contains("流程没有终态：至少要有一个状态设为终态。", Errors(d => d.States.ForEach(s => s.IsFinal = false)));
        Assert.Contains(Errors(d => d.States[0].Code = "9 bad"), e => e.Contains("代码「9 bad」无效", StringComparison.Ordinal));
        Assert.Contains(Errors(d => d.Transitions.Add(new() { Trigger = "reopen", NameZh = "重开", From = "Deleted", To = "Draft", Roles = [Roles.Administrator] })),
            e => e.Contains("终态不能再有流转", StringComparison.Ordinal));
    }

    [Fact]
    public void Activity_settings_are_checked_and_unregistered_guards_or_activities_are_warnings()
    {
        var messages = Validate(d =>
        {
            var approve = d.Transitions.Single(t => t.Trigger == "approve");
            approve.Activities.Add(new() { Name = BuiltInActivities.Webhook, Settings = "{\"url\":\"ftp://x\"}" });
            approve.Activities.Add(new() { Name = BuiltInActivities.Notify, Settings = "{\"owner\":false,\"roles\":[]}" });
            approve.Activities.Add(new() { Name = "sms" });
            approve.Guards.Add("permit.paid");
        });

        Assert.Contains(messages, m => m.IsError && m.Message.Contains("Webhook 的地址无效", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.IsError && m.Message.Contains("站内通知没有接收人", StringComparison.Ordinal));
        Assert.Contains(messages, m => !m.IsError && m.Message.Contains("活动「sms」尚未在系统中注册", StringComparison.Ordinal));
        Assert.Contains(messages, m => !m.IsError && m.Message.Contains("条件「permit.paid」尚未在系统中注册", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publishing_an_invalid_draft_is_refused_with_the_errors_and_changes_nothing()
    {
        await using var app = new WorkflowTestApp();
        var before = await app.WithDbAsync(db => Task.FromResult(db.Set<WorkflowDefinitionVersion>().Select(v => new { v.Id, v.Status }).ToList()));
        var definitionId = await app.WithDbAsync(db => Task.FromResult(db.Set<WorkflowDefinition>().Single().Id));
        var (draft, _) = await app.WithManagerAsync((m, admin) => m.CreateDraftAsync(definitionId, admin, CancellationToken.None));
        var document = draft!.ReadDocument();
        document.States.Add(new() { Code = "Orphan", NameZh = "孤立", IsFinal = true });
        Assert.Null(await app.WithManagerAsync((m, _) => m.SaveDraftAsync(draft.Id, draft.Revision, document, CancellationToken.None)));

        var errors = await app.WithManagerAsync((m, admin) => m.PublishAsync(draft.Id, admin, CancellationToken.None));

        Assert.Equal("状态「孤立」（Orphan）从初始状态无法到达。", Assert.Single(errors).Message);
        var after = await app.WithDbAsync(db => Task.FromResult(db.Set<WorkflowDefinitionVersion>().ToDictionary(v => v.Id, v => v.Status)));
        Assert.Equal(WorkflowVersionStatus.Draft, after[draft.Id]);
        Assert.All(before, v => Assert.Equal(v.Status, after[v.Id]));
    }
}
