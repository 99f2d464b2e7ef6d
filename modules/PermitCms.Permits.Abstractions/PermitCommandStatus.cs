namespace PermitCms.Permits.Abstractions;

/// <summary>How a command on an application ended; each maps to one answer of a page or of the API.</summary>
public enum PermitCommandStatus
{
    Succeeded,

    /// <summary>No such application for this user: another enterprise's, deleted, or never existed (all look alike).</summary>
    NotFound,

    /// <summary>The user acts for no enterprise (or lacks the role) and may not issue the command at all.</summary>
    Forbidden,

    /// <summary>Input refused field by field (<see cref="PermitCommandResult{T}.Errors"/>); nothing was saved.</summary>
    Invalid,

    /// <summary>The application's state does not let its owner change it (submitted, approved …).</summary>
    NotEditable,

    /// <summary>The workflow or a rule refused the command as a whole (not permitted, guard failed, bad file …).</summary>
    Refused,

    /// <summary>Someone changed the application since the caller read it; nothing was saved: reload and retry.</summary>
    Conflict,
}
