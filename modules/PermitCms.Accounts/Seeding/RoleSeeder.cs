using Microsoft.AspNetCore.Identity;
using PermitCms.Core.Modules;
using PermitCms.Core.Security;

namespace PermitCms.Accounts.Seeding;

/// <summary>The three roles exist in every installation, demo data or not.</summary>
internal sealed class RoleSeeder(RoleManager<IdentityRole> roles) : IDataSeeder
{
    public int Order => -100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    internal static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
