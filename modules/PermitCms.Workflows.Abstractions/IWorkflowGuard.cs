namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// A named condition a transition can require (e.g. that an application is complete before it is submitted).
/// Modules register guards in DI; definitions name them.
/// </summary>
public interface IWorkflowGuard
{
    /// <summary>The name definitions use, by convention "module.condition".</summary>
    string Name { get; }

    /// <summary>A short description shown in the administrator's editor.</summary>
    string Description { get; }

    /// <summary>Empty when the transition may go ahead; otherwise every reason it may not, for the user.</summary>
    Task<IReadOnlyList<string>> CheckAsync(IWorkflowSubject subject, CancellationToken cancellationToken);
}
