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

    /// <summary>An approval form number used by an application in these states may not be used by another.</summary>
    public static readonly string[] Taken = [PendingReview, Approved];
}
