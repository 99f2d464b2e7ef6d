namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// A named condition a transition can require (e.g. "permit.complete": every required field, a goods line
/// and an attachment). Modules register guards in DI; definitions name them.
/// </summary>
public interface IWorkflowGuard
{
    /// <summary>The name definitions use, e.g. "permit.complete".</summary>
    string Name { get; }

    /// <summary>A short description shown in the administrator's editor.</summary>
    string Description { get; }

    /// <summary>Empty when the transition may go ahead; otherwise every reason it may not, for the user.</summary>
    Task<IReadOnlyList<string>> CheckAsync(IWorkflowSubject subject, CancellationToken cancellationToken);
}
