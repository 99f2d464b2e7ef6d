using PermitCms.Core.Security;

namespace PermitCms.Permits;

public static class PermitsPermissions
{
    /// <summary>Create, edit, submit and query the own enterprise's applications.</summary>
    public static readonly Permission Apply = new("Permits.Apply", "批准单申请与查询", Roles.Enterprise);

    public const string ManageCodeListsPolicy = "Permits.ManageCodeLists";

    /// <summary>View, add, edit and deactivate code-list values (ports, countries, HS codes …).</summary>
    public static readonly Permission ManageCodeLists = new(ManageCodeListsPolicy, "维护代码表", Roles.Administrator);
}
