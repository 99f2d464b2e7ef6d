namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// The states and transitions of one definition version, stored as one JSON column: a version is edited as a
/// whole and frozen as a whole when published, and a JSON text column works the same on SQLite and PostgreSQL.
/// It lives in the contract so that a module can build its default definition (<see cref="IWorkflowDefinitionSource"/>).
/// </summary>
public sealed class WorkflowDocument
{
    public List<WorkflowStateDefinition> States { get; set; } = [];

    public List<WorkflowTransitionDefinition> Transitions { get; set; } = [];

    public WorkflowStateDefinition? FindState(string? code) => States.FirstOrDefault(s => s.Code == code);

    // Serialized with the document (it always has been); the stored JSON keeps its shape, and reading ignores it.
    public WorkflowStateDefinition? InitialState => States.FirstOrDefault(s => s.IsInitial);

    /// <summary>One transition per (from, trigger): a machine cannot choose between two, and validation reports them.</summary>
    public IEnumerable<WorkflowTransitionDefinition> TransitionsDistinct()
        => Transitions.GroupBy(t => (t.From, t.Trigger)).Select(g => g.First());
}
