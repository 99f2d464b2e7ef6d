using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Workflows.Notifications;

/// <summary>The unread count both layouts show; shared by the badge and the notification page.</summary>
public static class NotificationQueries
{
    // Compiled: the badge runs on every page of the layout, and a compiled query skips the expression-tree work of
    // each call (issue 11). Still one COUNT per request, so the badge is never stale.
    private static readonly CompiledQueryPerModel<Func<PermitCmsDbContext, string, CancellationToken, Task<int>>> UnreadCount = new(() => EF.CompileAsyncQuery(
        (PermitCmsDbContext db, string userId, CancellationToken _) => db.Set<Notification>().Count(n => n.UserId == userId && n.ReadAt == null)));

    public static Task<int> CountUnreadAsync(PermitCmsDbContext db, string userId, CancellationToken cancellationToken)
        => UnreadCount.For(db)(db, userId, cancellationToken);
}
