using PermitCms.Core.Data;

namespace PermitCms.Core.Auditing;

/// <summary>
/// One line of the 审计日志: who did what, from where, when. Append-only: the context refuses to change or
/// delete a saved entry, and it is saved by the same SaveChanges as the change it records.
/// </summary>
public sealed class AuditEntry : IAppendOnly
{
    public const int UserNameMaxLength = 256;
    public const int AddressMaxLength = 64;
    public const int KindMaxLength = 32;
    public const int DetailMaxLength = 1000;

    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>The acting user's name, or for a sign-in the name submitted (the acting user is not known yet).</summary>
    public string? UserName { get; set; }

    public string? UserId { get; set; }

    public string? ClientAddress { get; set; }

    /// <summary>One of <see cref="AuditKinds"/>: the Chinese label shown to administrators.</summary>
    public required string Kind { get; set; }

    public string Detail { get; set; } = "";
}
