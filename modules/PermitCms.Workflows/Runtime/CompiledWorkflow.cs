using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Workflows.Runtime;

/// <summary>A published (hence immutable) definition version, parsed once and indexed for the runtime.</summary>
public sealed class CompiledWorkflow
{
    private readonly Dictionary<string, WorkflowStateDefinition> states;
    private readonly Dictionary<(string From, string Trigger), WorkflowTransitionDefinition> transitions;

    public CompiledWorkflow(int versionId, int versionNumber, string workflowName, WorkflowDocument document)
    {
        VersionId = versionId;
        VersionNumber = versionNumber;
        WorkflowName = workflowName;
        Document = document;
        states = document.States.GroupBy(s => s.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        transitions = document.Transitions.GroupBy(t => (t.From, t.Trigger)).ToDictionary(g => g.Key, g => g.First());
    }

    public int VersionId { get; }

    public int VersionNumber { get; }

    public string WorkflowName { get; }

    public WorkflowDocument Document { get; }

    public WorkflowStateDefinition? FindState(string? code) => code is not null && states.TryGetValue(code, out var state) ? state : null;

    public WorkflowTransitionDefinition? FindTransition(string from, string trigger)
        => transitions.TryGetValue((from, trigger), out var transition) ? transition : null;

    public IEnumerable<WorkflowTransitionDefinition> TransitionsFrom(string state) => Document.Transitions.Where(t => t.From == state);

    /// <summary>Chinese name of a state, or its code when the version does not know it.</summary>
    public string StateName(string? code) => FindState(code)?.NameZh is { Length: > 0 } name ? name : code ?? "";

    public WorkflowStateInfo StateInfo(string code)
        => FindState(code) is { } s
            ? ToInfo(s)
            : new WorkflowStateInfo(code, code, code, OwnerCanEdit: false, Listed: true, IsFinal: false);

    public static WorkflowStateInfo ToInfo(WorkflowStateDefinition s) => new(s.Code, s.NameZh, s.NameEn, s.OwnerCanEdit, s.Listed, s.IsFinal);
}
