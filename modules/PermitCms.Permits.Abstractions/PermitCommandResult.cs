namespace PermitCms.Permits.Abstractions;

/// <summary>
/// The outcome of a command on an application: its status, one Chinese message for the user (what happened,
/// or why not), the field-level errors of an <see cref="PermitCommandStatus.Invalid"/> input and, on success,
/// the command's value.
/// </summary>
public sealed record PermitCommandResult<T>(PermitCommandStatus Status, string Message, IReadOnlyList<PermitFieldError> Errors, T? Value)
{
    public bool Succeeded => Status == PermitCommandStatus.Succeeded;

    /// <summary>The same failure for a command of another value type.</summary>
    public PermitCommandResult<TOther> As<TOther>() => new(Status, Message, Errors, default);
}

/// <summary>Factories for <see cref="PermitCommandResult{T}"/>.</summary>
public static class PermitCommandResult
{
    public static PermitCommandResult<T> Ok<T>(T value, string message) => new(PermitCommandStatus.Succeeded, message, [], value);

    public static PermitCommandResult<T> Fail<T>(PermitCommandStatus status, string message, IReadOnlyList<PermitFieldError>? errors = null)
        => new(status, message, errors ?? [], default);
}
