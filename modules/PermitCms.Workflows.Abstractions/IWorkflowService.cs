using System.Security.Claims;

namespace PermitCms.Workflows.Abstractions;

/// <summary>The workflow module's contract for other modules. Workflows knows no module's items, only this contract.</summary>
public interface IWorkflowService
{
    /// <summary>
    /// Puts a new item on the published version of the named workflow in its initial state, and records the
    /// "create" history entry. The subject must already be added to the DbContext; saved by the caller's SaveChanges.
    /// </summary>
    Task StartAsync(IWorkflowSubject subject, string workflowName, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>The triggers this user may fire on this item now — exactly the buttons the UI shows.</summary>
    Task<IReadOnlyList<WorkflowTrigger>> GetPermittedTriggersAsync(IWorkflowSubject subject, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Fires a trigger: checks role, owner, comment and guards, moves the state, writes history, runs the
    /// activities and saves — together with any other pending change of the same DbContext — in one
    /// transaction. Refusals come back as a failed <see cref="WorkflowFireResult"/>; a concurrent change
    /// of the same item gives <see cref="WorkflowFireStatus.Conflict"/>.
    /// </summary>
    Task<WorkflowFireResult> FireAsync(IWorkflowSubject subject, string trigger, ClaimsPrincipal user, string? comment, CancellationToken cancellationToken = default);

    /// <summary>The item's history, oldest first.</summary>
    Task<IReadOnlyList<WorkflowHistoryEntry>> GetHistoryAsync(string itemType, string itemId, CancellationToken cancellationToken = default);

    /// <summary>Every state any version of the named workflow has (code, names, flags), for lists and filters.</summary>
    Task<IReadOnlyList<WorkflowStateInfo>> GetStatesAsync(string workflowName, CancellationToken cancellationToken = default);

    /// <summary>The state the item is in, as its pinned definition version describes it.</summary>
    Task<WorkflowStateInfo> GetStateAsync(IWorkflowSubject subject, CancellationToken cancellationToken = default);
}
