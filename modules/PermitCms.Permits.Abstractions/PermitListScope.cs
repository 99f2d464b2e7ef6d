namespace PermitCms.Permits.Abstractions;

/// <summary>
/// Whose applications a list may show. An enterprise user sees the own enterprise's; staff (reviewers,
/// administrators) see every enterprise's, optionally narrowed to one, but only once submitted: a draft is
/// the enterprise's own until 申报 (and again after 撤回 or 修改).
/// </summary>
public sealed record PermitListScope(int? EnterpriseId, bool Staff)
{
    public static PermitListScope Enterprise(int enterpriseId) => new(enterpriseId, Staff: false);

    public static PermitListScope AllEnterprises(int? enterpriseFilter = null) => new(enterpriseFilter, Staff: true);

    /// <summary>Whether this scope may see an application in <paramref name="state"/>.</summary>
    public bool MaySee(string state) => !Staff || state != PermitStates.Draft;
}
