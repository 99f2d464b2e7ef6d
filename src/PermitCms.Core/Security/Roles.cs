namespace PermitCms.Core.Security;

/// <summary>The kinds of people who use PermitCms (DESIGN.md), and customs officers who verify and write off approved permits (issue 12).</summary>
public static class Roles
{
    public const string Enterprise = "Enterprise";
    public const string Reviewer = "Reviewer";
    public const string Administrator = "Administrator";

    /// <summary>海关用户: looks permits up and records their use (核销); not staff, no admin dashboard.</summary>
    public const string Customs = "Customs";

    public static readonly IReadOnlyList<string> All = [Enterprise, Reviewer, Administrator, Customs];

    /// <summary>Roles that work in the admin layout.</summary>
    public const string Staff = Reviewer + "," + Administrator;
}
