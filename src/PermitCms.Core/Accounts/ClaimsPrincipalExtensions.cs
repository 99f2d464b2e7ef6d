using System.Globalization;
using System.Security.Claims;

namespace PermitCms.Core.Accounts;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's enterprise, or null for staff and anonymous users.</summary>
    public static int? GetEnterpriseId(this ClaimsPrincipal user)
        => int.TryParse(user.FindFirstValue(PermitCmsClaimTypes.EnterpriseId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string? GetEnterpriseName(this ClaimsPrincipal user) => user.FindFirstValue(PermitCmsClaimTypes.EnterpriseName);

    public static string GetDisplayName(this ClaimsPrincipal user)
        => user.FindFirstValue(PermitCmsClaimTypes.DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    public static string? GetUserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
