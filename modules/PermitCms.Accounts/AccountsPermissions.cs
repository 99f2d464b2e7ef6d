using PermitCms.Core.Security;

namespace PermitCms.Accounts;

public static class AccountsPermissions
{
    public const string ManageUsersPolicy = "Accounts.ManageUsers";

    /// <summary>Manage enterprises, users and their roles.</summary>
    public static readonly Permission ManageUsers = new(ManageUsersPolicy, "管理企业与用户", Roles.Administrator);
}
