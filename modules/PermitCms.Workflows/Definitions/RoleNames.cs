using PermitCms.Core.Security;

namespace PermitCms.Workflows.Definitions;

/// <summary>Chinese names of the roles, for the editor and the diagram.</summary>
public static class RoleNames
{
    public static string Zh(string role) => role switch
    {
        Roles.Enterprise => "企业用户",
        Roles.Reviewer => "审批人员",
        Roles.Administrator => "管理员",
        Roles.Customs => "海关用户",
        _ => role,
    };

    public static string Zh(IEnumerable<string> roles) => string.Join("、", roles.Select(Zh));
}
