using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Workflows.Notifications;

namespace PermitCms.Workflows.Pages.Notifications;

/// <summary>The signed-in user's notifications, newest first, with mark-as-read.</summary>
public sealed class IndexModel(PermitCmsDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public int Unread { get; private set; }

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.GetUserId()!;
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId);
        Total = await mine.CountAsync(cancellationToken);
        Unread = await NotificationQueries.CountUnreadAsync(db, userId, cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Items = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }

    /// <summary>Marks one notification read and follows its link, if it has one.</summary>
    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken cancellationToken)
    {
        var userId = User.GetUserId()!;
        var notification = await db.Set<Notification>().SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            TempData["Error"] = "通知不存在。";
            return RedirectToPage();
        }

        notification.ReadAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return notification.Url is { } url && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToPage(new { p = PageNumber });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var userId = User.GetUserId()!;
        var now = time.GetUtcNow().UtcDateTime;
        var count = await db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        TempData["Success"] = count == 0 ? "没有未读通知。" : $"已将 {count} 条通知标为已读。";
        return RedirectToPage();
    }
}
