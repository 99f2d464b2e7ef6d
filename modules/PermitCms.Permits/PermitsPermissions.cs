using PermitCms.Core.Security;

namespace PermitCms.Permits;

public static class PermitsPermissions
{
    /// <summary>Create, edit, submit and query the own enterprise's applications.</summary>
    public static readonly Permission Apply = new("Permits.Apply", "批准单申请与查询", Roles.Enterprise);

    public const string ManageCodeListsPolicy = "Permits.ManageCodeLists";

    /// <summary>View, add, edit and deactivate code-list values (ports, countries, HS codes …).</summary>
    public static readonly Permission ManageCodeLists = new(ManageCodeListsPolicy, "维护代码表", Roles.Administrator);

    public const string VerifyPolicy = "Permits.Verify";

    /// <summary>海关用户: look up issued permits and record their use (核销).</summary>
    public static readonly Permission Verify = new(VerifyPolicy, "批准单核查与核销", Roles.Customs);
}
