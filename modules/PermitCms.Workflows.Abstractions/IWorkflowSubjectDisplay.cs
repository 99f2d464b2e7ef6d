namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// Optional for a <see cref="IWorkflowSubject"/>: how notifications and webhooks name the item and where a
/// notification links to. Without it they use the item type and id, and no link.
/// </summary>
public interface IWorkflowSubjectDisplay
{
    /// <summary>A short name for people, e.g. the item's kind and number.</summary>
    string WorkflowDisplayName { get; }

    /// <summary>App-relative URL of the item for its owner (forStaff false) or for reviewers/administrators; null for none.</summary>
    string? GetWorkflowUrl(bool forStaff);
}
