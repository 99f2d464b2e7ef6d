using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Trial;

/// <summary>
/// A minimal workflow subject the module owns, so that the runtime can be exercised (by the module's tests, and
/// for diagnostics) without touching real applications: the model is composed from the modules only, and
/// Workflows knows no other module's items.
/// </summary>
public sealed class WorkflowTrialItem : IWorkflowSubject, IWorkflowSubjectDisplay
{
    public const string ItemType = "WorkflowTrial";
    public const int TitleMaxLength = 200;

    public int Id { get; set; }

    public required string Title { get; set; }

    public int? EnterpriseId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string WorkflowState { get; set; } = "";

    public int WorkflowDefinitionVersionId { get; set; }

    public int WorkflowVersion { get; set; }

    string IWorkflowSubject.WorkflowItemType => ItemType;

    string IWorkflowSubject.WorkflowItemId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    int? IWorkflowSubject.OwnerEnterpriseId => EnterpriseId;

    string IWorkflowSubjectDisplay.WorkflowDisplayName => $"试运行事项「{Title}」";

    // Only administrators may open 试运行, and reviewers are staff too: no link rather than one that is refused.
    string? IWorkflowSubjectDisplay.GetWorkflowUrl(bool forStaff) => null;
}
