using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Permits.Display;

namespace PermitCms.Permits.Components;

/// <summary>
/// The read-only view of one application (_PermitSummary) for pages of other modules, which know the
/// application only by id: <c>@await Component.InvokeAsync("PermitSummary", new { id, goodsPage })</c>. The
/// calling page has decided the user may see it and serves its attachments through its own "Attachment" handler.
/// </summary>
public sealed class PermitSummaryViewComponent(PermitCmsDbContext db, PermitSummaryLoader summaries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int id, int goodsPage)
    {
        var permit = await db.Set<PermitApplication>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        return permit is null
            ? Content("")
            : View("/Pages/Shared/_PermitSummary.cshtml", await summaries.LoadAsync(permit, goodsPage, HttpContext.RequestAborted));
    }
}
