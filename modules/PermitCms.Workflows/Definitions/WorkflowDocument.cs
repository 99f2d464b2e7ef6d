namespace PermitCms.Workflows.Definitions;

/// <summary>
/// The states and transitions of one definition version, stored as one JSON column: a version is edited as a
/// whole and frozen as a whole when published, and a JSON text column works the same on SQLite and PostgreSQL.
/// </summary>
public sealed class WorkflowDocument
{
    public List<WorkflowStateDefinition> States { get; set; } = [];

    public List<WorkflowTransitionDefinition> Transitions { get; set; } = [];

    public WorkflowStateDefinition? FindState(string? code) => States.FirstOrDefault(s => s.Code == code);

    public WorkflowStateDefinition? InitialState => States.FirstOrDefault(s => s.IsInitial);

    /// <summary>One transition per (from, trigger): a machine cannot choose between two, and validation reports them.</summary>
    public IEnumerable<WorkflowTransitionDefinition> TransitionsDistinct()
        => Transitions.GroupBy(t => (t.From, t.Trigger)).Select(g => g.First());
}

public sealed class WorkflowStateDefinition
{
    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>The owner may change the item's data in this state.</summary>
    public bool OwnerCanEdit { get; set; }

    /// <summary>Shown in lists; false hides the item (kept for audit).</summary>
    public bool Listed { get; set; } = true;

    public bool IsFinal { get; set; }

    public bool IsInitial { get; set; }
}

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

    /// <summary>Names of <see cref="Abstractions.IWorkflowGuard"/>s that must all pass.</summary>
    public List<string> Guards { get; set; } = [];

    public List<WorkflowActivityDefinition> Activities { get; set; } = [];
}

/// <summary>An activity attached to a transition, by name, with its settings as JSON text.</summary>
public sealed class WorkflowActivityDefinition
{
    public string Name { get; set; } = "";

    public string? Settings { get; set; }
}
