namespace PermitCms.Workflows.Abstractions;

/// <summary>A transition of a <see cref="WorkflowDocument"/>: who may fire which trigger from which state to which.</summary>
public sealed class WorkflowTransitionDefinition
{
    public string Trigger { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    /// <summary>Roles that may fire it; "Enterprise" also requires the user's enterprise to own the item.</summary>
    public List<string> Roles { get; set; } = [];

    public bool CommentRequired { get; set; }

    /// <summary>Names of <see cref="IWorkflowGuard"/>s that must all pass.</summary>
    public List<string> Guards { get; set; } = [];

    public List<WorkflowActivityDefinition> Activities { get; set; } = [];
}
