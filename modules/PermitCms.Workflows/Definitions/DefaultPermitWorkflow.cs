using PermitCms.Core.Security;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Definitions;

/// <summary>The lifecycle table of DESIGN.md, seeded as version 1 of the "Permit" workflow.</summary>
public static class DefaultPermitWorkflow
{
    public const string Name = "Permit";
    public const string Title = "进口批准单申请流程";

    /// <summary>The guard the Permits module registers: every required field, a goods line and an attachment.</summary>
    public const string CompleteGuard = "permit.complete";

    public static WorkflowDocument Create() => new()
    {
        States =
        [
            new() { Code = "Draft", NameZh = "暂存", NameEn = "Draft", OwnerCanEdit = true, IsInitial = true },
            new() { Code = "PendingReview", NameZh = "待审核", NameEn = "Pending review" },
            new() { Code = "Approved", NameZh = "审核通过", NameEn = "Approved", IsFinal = true },
            new() { Code = "Rejected", NameZh = "退回", NameEn = "Returned", OwnerCanEdit = true },
            new() { Code = "Deleted", NameZh = "已删除", NameEn = "Deleted", Listed = false, IsFinal = true },
        ],
        Transitions =
        [
            Transition("submit", "申报", "Submit", "Draft", "PendingReview", Roles.Enterprise, guards: [CompleteGuard], notify: Notify(owner: false, Roles.Reviewer)),
            Transition("withdraw", "撤回", "Withdraw", "PendingReview", "Draft", Roles.Enterprise),
            Transition("approve", "审核通过", "Approve", "PendingReview", "Approved", Roles.Reviewer, notify: Notify(owner: true)),
            Transition("reject", "退回", "Return", "PendingReview", "Rejected", Roles.Reviewer, commentRequired: true, notify: Notify(owner: true)),
            Transition("revise", "修改", "Revise", "Rejected", "Draft", Roles.Enterprise),
            Transition("delete", "删除", "Delete", "Draft", "Deleted", Roles.Enterprise),
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
