using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Workflows.Notifications;

/// <summary>Who gets a message addressed to roles.</summary>
internal static class NotificationRecipients
{
    public static async Task<IReadOnlyList<string>> InRolesAsync(PermitCmsDbContext db, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (roles.Count == 0)
        {
            return [];
        }

        return await (from userRole in db.UserRoles
                      join role in db.Roles on userRole.RoleId equals role.Id
                      where roles.Contains(role.Name!)
                      select userRole.UserId).Distinct().ToListAsync(cancellationToken);
    }
}
