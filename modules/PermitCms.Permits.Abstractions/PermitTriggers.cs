namespace PermitCms.Permits.Abstractions;

/// <summary>
/// Trigger codes of the default "Permit" workflow (DESIGN.md's lifecycle table) that this module's commands
/// fire. Administrators may rename a trigger or add others; these codes are what the code relies on.
/// </summary>
public static class PermitTriggers
{
    public const string Submit = "submit";
    public const string Withdraw = "withdraw";
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Revise = "revise";
    public const string Delete = "delete";

    /// <summary>核销: customs, once the goods lines are fully used (PermitVerification fires it).</summary>
    public const string WriteOff = "writeoff";
}
