using PermitCms.Core.Security;

namespace PermitCms.Review;

public static class ReviewPermissions
{
    public const string AccessPolicy = "Review.Access";

    /// <summary>
    /// See every enterprise's applications in the review dashboard. Who may approve or return is the
    /// workflow's business (by default the Reviewer role), not this permission's.
    /// </summary>
    public static readonly Permission Access = new(AccessPolicy, "查看审核队列与批准单", Roles.Reviewer, Roles.Administrator);

    public const string StatisticsPolicy = "Review.Statistics";

    /// <summary>统计分析: every enterprise's figures, no single application.</summary>
    public static readonly Permission Statistics = new(StatisticsPolicy, "查看统计分析", Roles.Reviewer, Roles.Administrator);
}
