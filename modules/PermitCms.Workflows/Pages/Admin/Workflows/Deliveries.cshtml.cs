using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Workflows.Pages.Admin.Workflows;

/// <summary>Webhook deliveries, failed ones first in mind: administrators see why and may send one again.</summary>
public sealed class DeliveriesModel(PermitCmsDbContext db, WebhookSignal signal, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public WebhookDeliveryStatus? Status { get; set; }

    public IReadOnlyList<WebhookDelivery> Items { get; private set; } = [];

    public int FailedCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Set<WebhookDelivery>().AsNoTracking();
        FailedCount = await query.CountAsync(d => d.Status == WebhookDeliveryStatus.Failed, cancellationToken);
        if (Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        Items = await query.OrderByDescending(d => d.Id).Take(PageSize).ToListAsync(cancellationToken);
    }

    /// <summary>Queues a failed delivery again with a fresh set of attempts.</summary>
    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var delivery = await db.Set<WebhookDelivery>().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delivery is not { Status: WebhookDeliveryStatus.Failed })
        {
            TempData["Error"] = "只有失败的推送可以重新发送。";
            return RedirectToPage(new { Status });
        }

        delivery.Status = WebhookDeliveryStatus.Pending;
        delivery.Attempts = 0;
        delivery.NextAttemptAt = time.GetUtcNow().UtcDateTime;
        delivery.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = "该推送刚被修改，请刷新后重试。";
            return RedirectToPage(new { Status });
        }

        signal.Notify();
        TempData["Success"] = $"推送 #{id} 已重新排队发送。";
        return RedirectToPage(new { Status });
    }
}
