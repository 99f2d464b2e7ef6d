using PermitCms.Core.Security;

namespace PermitCms.Accounts;

public static class AccountsPermissions
{
    /// <summary>Manage enterprises, users and their roles.</summary>
    public static readonly Permission ManageUsers = new("Accounts.ManageUsers", "管理企业与用户", Roles.Administrator);
}
