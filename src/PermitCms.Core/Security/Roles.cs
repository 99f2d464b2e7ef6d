namespace PermitCms.Core.Security;

/// <summary>The three kinds of people who use PermitCms (DESIGN.md).</summary>
public static class Roles
{
    public const string Enterprise = "Enterprise";
    public const string Reviewer = "Reviewer";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Enterprise, Reviewer, Administrator];

    /// <summary>Roles that work in the admin layout.</summary>
    public const string Staff = Reviewer + "," + Administrator;
}
