using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Workflows.Notifications;

/// <summary>The unread count both layouts show; shared by the badge and the notification page.</summary>
public static class NotificationQueries
{
    public static Task<int> CountUnreadAsync(PermitCmsDbContext db, string userId, CancellationToken cancellationToken)
        => db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
}
