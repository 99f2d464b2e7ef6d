using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Services;

/// <summary>Adds the display name and the enterprise to the sign-in cookie, so pages need no query for them.</summary>
public sealed class PermitCmsClaimsPrincipalFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    PermitCmsDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PermitCmsClaimTypes.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ForcedPasswordChangeFilter.Claim, "true"));
        }

        if (user.EnterpriseId is { } enterpriseId)
        {
            var name = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.Name).SingleAsync();
            identity.AddClaim(new Claim(PermitCmsClaimTypes.EnterpriseId, enterpriseId.ToString(CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(PermitCmsClaimTypes.EnterpriseName, name));
        }

        return identity;
    }
}
