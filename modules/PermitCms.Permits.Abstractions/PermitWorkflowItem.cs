namespace PermitCms.Permits.Abstractions;

/// <summary>How applications are known to the workflow (history, deadlines): for modules that ask it about them.</summary>
public static class PermitWorkflowItem
{
    /// <summary>The applications' <c>IWorkflowSubject.WorkflowItemType</c>.</summary>
    public const string ItemType = "Permit";
}
