namespace PermitCms.Workflows.Abstractions;

/// <summary>A trigger a user may fire, with its display names and whether it needs a comment.</summary>
public sealed record WorkflowTrigger(string Code, string NameZh, string NameEn, bool CommentRequired);

/// <summary>A state of a definition and what it lets the owner do.</summary>
/// <param name="OwnerCanEdit">The owner may change the item's data in this state (暂存, 退回 …).</param>
/// <param name="Listed">Shown in lists; false for e.g. Deleted (kept for audit).</param>
/// <param name="IsFinal">No transition leaves it.</param>
public sealed record WorkflowStateInfo(string Code, string NameZh, string NameEn, bool OwnerCanEdit, bool Listed, bool IsFinal);

/// <summary>One immutable history entry: who moved the item from where to where, when, with what comment.</summary>
public sealed record WorkflowHistoryEntry(
    string ItemType,
    string ItemId,
    string? FromState,
    string ToState,
    string Trigger,
    string? TriggerNameZh,
    string UserId,
    string UserName,
    DateTime OccurredAt,
    string? Comment);

public enum WorkflowFireStatus
{
    Succeeded,

    /// <summary>The trigger is not permitted in the state, for this user, or for this item's owner.</summary>
    NotPermitted,

    /// <summary>The transition requires a comment and none was given.</summary>
    CommentRequired,

    /// <summary>A guard refused (e.g. the application is incomplete); see <see cref="WorkflowFireResult.Errors"/>.</summary>
    GuardFailed,

    /// <summary>Someone else changed the item first; reload and try again.</summary>
    Conflict,
}

/// <summary>The outcome of <see cref="IWorkflowService.FireAsync"/>.</summary>
public sealed record WorkflowFireResult(WorkflowFireStatus Status, IReadOnlyList<string> Errors, string? NewState = null)
{
    public bool Succeeded => Status == WorkflowFireStatus.Succeeded;

    public static WorkflowFireResult Success(string newState) => new(WorkflowFireStatus.Succeeded, [], newState);

    public static WorkflowFireResult Fail(WorkflowFireStatus status, params string[] errors) => new(status, errors);
}
