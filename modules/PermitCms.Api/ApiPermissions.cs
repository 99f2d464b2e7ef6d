using PermitCms.Core.Security;

namespace PermitCms.Api;

public static class ApiPermissions
{
    public const string ManageTokensPolicy = "Api.ManageTokens";

    /// <summary>See and revoke every user's API tokens.</summary>
    public static readonly Permission ManageTokens = new(ManageTokensPolicy, "管理 API 令牌", Roles.Administrator);
}
