using System.Security.Claims;

namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// Work a transition runs after the state has moved (notify, call a webhook …). Modules register
/// activities in DI; definitions attach them to transitions by <see cref="Name"/> with optional settings.
/// Activities run inside the transition's transaction; slow work (HTTP) must be queued, never awaited there.
/// </summary>
public interface IWorkflowActivity
{
    string Name { get; }

    string Description { get; }

    Task ExecuteAsync(WorkflowActivityContext context, CancellationToken cancellationToken);
}

/// <summary>What an activity knows about the transition it runs on.</summary>
/// <param name="Settings">The activity's settings on this transition (JSON text, activity-specific).</param>
public sealed record WorkflowActivityContext(
    IWorkflowSubject Subject,
    string WorkflowName,
    string FromState,
    string ToState,
    string Trigger,
    string? Comment,
    ClaimsPrincipal User,
    string? Settings);
