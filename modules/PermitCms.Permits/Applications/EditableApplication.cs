using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Applications;

/// <summary>An application its owner may change now, or the refusal (<see cref="Failure"/>) to answer with.</summary>
public sealed record EditableApplication(PermitApplication? Permit, WorkflowStateInfo? State, PermitCommandResult<bool>? Failure)
{
    public static EditableApplication Refuse(PermitCommandStatus status, string message)
        => new(null, null, PermitCommandResult.Fail<bool>(status, message));

    /// <summary>The refusal as the result of a command with another value type.</summary>
    public PermitCommandResult<T> Fail<T>() => Failure!.As<T>();
}
