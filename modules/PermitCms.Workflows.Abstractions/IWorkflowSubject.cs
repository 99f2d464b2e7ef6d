namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// An entity whose lifecycle a workflow drives (an application, say). The state lives on the entity
/// itself so that its owner can index and query it; only the workflow runtime writes it.
/// </summary>
public interface IWorkflowSubject
{
    /// <summary>The kind of item, e.g. "Application"; history is keyed by (type, id).</summary>
    string WorkflowItemType { get; }

    /// <summary>Stable id of the item (its primary key as text).</summary>
    string WorkflowItemId { get; }

    /// <summary>Current state code (e.g. "Draft"). Set by <see cref="IWorkflowService"/> only.</summary>
    string WorkflowState { get; set; }

    /// <summary>The definition version this item runs on, pinned when it started.</summary>
    int WorkflowDefinitionVersionId { get; set; }

    /// <summary>The owning enterprise: role "Enterprise" may act only on its own enterprise's items.</summary>
    int? OwnerEnterpriseId { get; }

    /// <summary>
    /// Optimistic concurrency token, configured as such by the owning module and incremented by every
    /// transition: two people firing on one item at once give exactly one winner.
    /// </summary>
    int WorkflowVersion { get; set; }
}
