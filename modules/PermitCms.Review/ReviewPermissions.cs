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
}
