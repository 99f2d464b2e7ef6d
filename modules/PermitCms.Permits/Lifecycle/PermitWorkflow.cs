using PermitCms.Core.Security;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Lifecycle;

/// <summary>
/// The lifecycle table of DESIGN.md: version 1 of the <see cref="PermitApplication.WorkflowName"/> workflow,
/// which Workflows seeds on a fresh install. Administrators change it from there; the code relies only on
/// <see cref="PermitStates"/>, <see cref="PermitTriggers"/> and <see cref="CompleteGuard"/>.
/// </summary>
public static class PermitWorkflow
{
    public const string Title = "进口批准单申请流程";

    /// <summary>The guard on 申报: every required field, a goods line and an attachment (<c>PermitCompleteGuard</c>).</summary>
    public const string CompleteGuard = "permit.complete";

    public static WorkflowDocument Create() => new()
    {
        States =
        [
            new() { Code = PermitStates.Draft, NameZh = "暂存", NameEn = "Draft", OwnerCanEdit = true, IsInitial = true },
            new()
            {
                Code = PermitStates.PendingReview, NameZh = "待审核", NameEn = "Pending review",
                TimeLimit = new() { WorkingDays = 20, RemindBeforeDays = 3, RemindRoles = [Roles.Reviewer], EscalateRoles = [Roles.Reviewer, Roles.Administrator] },
            },
            new() { Code = PermitStates.Approved, NameZh = "审核通过", NameEn = "Approved" },
            new() { Code = PermitStates.Rejected, NameZh = "退回", NameEn = "Returned", OwnerCanEdit = true },
            new() { Code = PermitStates.Deleted, NameZh = "已删除", NameEn = "Deleted", Listed = false, IsFinal = true },
            new() { Code = PermitStates.WrittenOff, NameZh = "已核销", NameEn = "Written off", IsFinal = true },
        ],
        Transitions =
        [
            Transition(PermitTriggers.Submit, "申报", "Submit", PermitStates.Draft, PermitStates.PendingReview, Roles.Enterprise, guards: [CompleteGuard], notify: Notify(owner: false, Roles.Reviewer)),
            Transition(PermitTriggers.Withdraw, "撤回", "Withdraw", PermitStates.PendingReview, PermitStates.Draft, Roles.Enterprise),
            Transition(PermitTriggers.Approve, "审核通过", "Approve", PermitStates.PendingReview, PermitStates.Approved, Roles.Reviewer, notify: Notify(owner: true)),
            Transition(PermitTriggers.Reject, "退回", "Return", PermitStates.PendingReview, PermitStates.Rejected, Roles.Reviewer, commentRequired: true, notify: Notify(owner: true)),
            Transition(PermitTriggers.Revise, "修改", "Revise", PermitStates.Rejected, PermitStates.Draft, Roles.Enterprise),
            Transition(PermitTriggers.WriteOff, "核销", "Write off", PermitStates.Approved, PermitStates.WrittenOff, Roles.Customs, notify: Notify(owner: true)),
            Transition(PermitTriggers.Delete, "删除", "Delete", PermitStates.Draft, PermitStates.Deleted, Roles.Enterprise),
        ],
    };

    private static WorkflowActivityDefinition Notify(bool owner, params string[] roles)
        => new() { Name = BuiltInActivities.Notify, Settings = ActivitySettingsJson.Write(new NotifySettings { Owner = owner, Roles = [.. roles] }) };

    private static WorkflowTransitionDefinition Transition(
        string trigger, string nameZh, string nameEn, string from, string to, string role,
        bool commentRequired = false, string[]? guards = null, WorkflowActivityDefinition? notify = null) => new()
        {
            Trigger = trigger,
            NameZh = nameZh,
            NameEn = nameEn,
            From = from,
            To = to,
            Roles = [role],
            CommentRequired = commentRequired,
            Guards = [.. guards ?? []],
            Activities = notify is null ? [] : [notify],
        };
}
