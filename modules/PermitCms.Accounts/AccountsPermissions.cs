using PermitCms.Core.Security;

namespace PermitCms.Accounts;

public static class AccountsPermissions
{
    public const string ManageUsersPolicy = "Accounts.ManageUsers";

    /// <summary>Manage enterprises, users and their roles.</summary>
    public static readonly Permission ManageUsers = new(ManageUsersPolicy, "管理企业与用户", Roles.Administrator);

    public const string ManageCertificatesPolicy = "Accounts.ManageCertificates";

    /// <summary>See every user's 卡介质 certificate bindings and revoke them.</summary>
    public static readonly Permission ManageCertificates = new(ManageCertificatesPolicy, "管理卡介质证书绑定", Roles.Administrator);

    public const string ViewAuditPolicy = "Accounts.ViewAudit";

    /// <summary>Read the 审计日志 (sign-ins and administrators' actions).</summary>
    public static readonly Permission ViewAudit = new(ViewAuditPolicy, "查看审计日志", Roles.Administrator);
}
