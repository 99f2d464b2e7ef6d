namespace PermitCms.Core.Security;

/// <summary>Permissions every module may rely on; the themes register them.</summary>
public static class CorePermissions
{
    /// <summary>Enter the admin dashboard (every page under /Admin).</summary>
    public static readonly Permission AccessAdmin = new("Admin.Access", "进入审批管理后台", Roles.Reviewer, Roles.Administrator);
}
