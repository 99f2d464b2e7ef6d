using System.Security.Claims;

namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// The owning module's way in for a transition nobody clicked: when a time limit passes and its state names an
/// escalation trigger, the workflow's timer knows only the item's type and id, so the module that owns the items
/// loads it and fires through its own command path (its checks, its side effects, its concurrency token).
/// One implementation per item type.
/// </summary>
public interface IWorkflowItemFirer
{
    /// <summary>The <see cref="IWorkflowSubject.WorkflowItemType"/> this firer loads.</summary>
    string ItemType { get; }

    /// <summary>
    /// Loads the item and fires <paramref name="trigger"/> as <paramref name="actor"/> (the system) inside the caller's
    /// transaction; an unknown item is <see cref="WorkflowFireStatus.NotPermitted"/>, a concurrent change
    /// <see cref="WorkflowFireStatus.Conflict"/>.
    /// </summary>
    Task<WorkflowFireResult> FireAsync(string itemId, string trigger, ClaimsPrincipal actor, string comment, CancellationToken cancellationToken);
}
