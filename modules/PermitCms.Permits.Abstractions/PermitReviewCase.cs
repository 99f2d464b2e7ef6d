using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Abstractions;

/// <summary>An application as a reviewer sees it before deciding: its number, state and the triggers the workflow permits the reviewer.</summary>
public sealed record PermitReviewCase(int Id, string ApplicationNo, WorkflowStateInfo State, IReadOnlyList<WorkflowTrigger> Triggers);
