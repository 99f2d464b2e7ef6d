namespace PermitCms.Core.Navigation;

public static class Menus
{
    /// <summary>The enterprise site's left menu (批准单申请, 批准单查询 …).</summary>
    public const string Enterprise = "Enterprise";

    /// <summary>The admin dashboard's menu for reviewers and administrators.</summary>
    public const string Admin = "Admin";
}
