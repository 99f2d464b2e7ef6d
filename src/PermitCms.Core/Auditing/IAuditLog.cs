namespace PermitCms.Core.Auditing;

/// <summary>
/// Records into the 审计日志. <see cref="Record"/> only adds the entry to the request's DbContext: it is
/// written by the caller's next SaveChanges, in the same transaction as the change it records, and a save
/// that fails writes no entry.
/// </summary>
public interface IAuditLog
{
    /// <summary>Adds an entry for the signed-in user of the current request (or <paramref name="userName"/> when given).</summary>
    AuditEntry Record(string kind, string detail, string? userName = null);
}
