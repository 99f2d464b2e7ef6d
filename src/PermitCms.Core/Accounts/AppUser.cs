using Microsoft.AspNetCore.Identity;

namespace PermitCms.Core.Accounts;

/// <summary>A person who signs in. Enterprise users carry their enterprise; staff have none.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";

    public int? EnterpriseId { get; set; }

    public Enterprise? Enterprise { get; set; }

    /// <summary>Set when an administrator reset the password: every page leads to 修改密码 until it is changed.</summary>
    public bool MustChangePassword { get; set; }
}
