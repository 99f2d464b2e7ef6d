using Microsoft.AspNetCore.Mvc;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Workflows.Notifications;

namespace PermitCms.Workflows.Components;

/// <summary>The bell with the unread count, for both layouts: <c>@await Component.InvokeAsync("NotificationBadge")</c>.</summary>
public sealed class NotificationBadgeViewComponent(PermitCmsDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.GetUserId() is not { } userId)
        {
            return Content("");
        }

        var unread = await NotificationQueries.CountUnreadAsync(db, userId, HttpContext.RequestAborted);
        return View(unread);
    }
}
