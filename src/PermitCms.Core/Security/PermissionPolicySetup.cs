using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace PermitCms.Core.Security;

/// <summary>Turns every registered <see cref="Permission"/> into a role-based policy.</summary>
internal sealed class PermissionPolicySetup(IEnumerable<Permission> permissions) : IConfigureOptions<AuthorizationOptions>
{
    public void Configure(AuthorizationOptions options)
    {
        foreach (var permission in permissions)
        {
            options.AddPolicy(permission.Name, policy => policy.RequireAuthenticatedUser().RequireRole(permission.Roles));
        }
    }
}
