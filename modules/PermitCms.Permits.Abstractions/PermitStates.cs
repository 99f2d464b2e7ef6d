namespace PermitCms.Permits.Abstractions;

/// <summary>
/// State codes of the default "Permit" workflow that this module's own rules refer to. The workflow owns the
/// states; the code relies only on these, which DESIGN.md fixes.
/// </summary>
public static class PermitStates
{
    public const string Draft = "Draft";
    public const string PendingReview = "PendingReview";
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";
    public const string Deleted = "Deleted";

    /// <summary>已核销: every goods line of the approved permit has been used up at customs (issue 12).</summary>
    public const string WrittenOff = "WrittenOff";

    /// <summary>An approval form number used by an application in these states may not be used by another.</summary>
    public static readonly string[] Taken = [PendingReview, Approved, WrittenOff];

    /// <summary>States in which the 电子批准单 exists: it can be downloaded and is verified (有效 or 已核销).</summary>
    public static readonly string[] Issued = [Approved, WrittenOff];
}
