using PermitCms.Core.Security;

namespace PermitCms.Permits;

public static class PermitsPermissions
{
    /// <summary>Create, edit, submit and query the own enterprise's applications.</summary>
    public static readonly Permission Apply = new("Permits.Apply", "批准单申请与查询", Roles.Enterprise);
}
