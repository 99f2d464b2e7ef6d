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
/// With <c>changesSinceReturn: true</c> (the review page) an application that was returned (退回) and came back
/// shows 自退回以来的修改 and marks those fields, lines and files as 已修改.
/// </summary>
public sealed class PermitSummaryViewComponent(PermitCmsDbContext db, PermitSummaryLoader summaries, PermitChangeLog changes) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int id, int goodsPage, bool changesSinceReturn = false)
    {
        var ct = HttpContext.RequestAborted;
        var permit = await db.Set<PermitApplication>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (permit is null)
        {
            return Content("");
        }

        var summary = await summaries.LoadAsync(permit, goodsPage, ct);
        var returned = summary.History.LastOrDefault(h => h.ToState == PermitStates.Rejected);
        if (changesSinceReturn && returned is not null && permit.WorkflowState != PermitStates.Rejected)
        {
            var since = await changes.SinceAsync(permit.Id, returned.OccurredAt, ct);
            summary = summary with { SinceReturn = since, Marks = new PermitChangeMarks(since.Changes) };
        }

        return View("/Pages/Shared/_PermitSummary.cshtml", summary);
    }
}
