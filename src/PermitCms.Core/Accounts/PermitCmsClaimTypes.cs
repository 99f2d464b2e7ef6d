namespace PermitCms.Core.Accounts;

/// <summary>Claims added at sign-in so that every request knows the user's enterprise without a query.</summary>
public static class PermitCmsClaimTypes
{
    public const string EnterpriseId = "permitcms:enterprise_id";
    public const string EnterpriseName = "permitcms:enterprise_name";
    public const string DisplayName = "permitcms:display_name";
}
