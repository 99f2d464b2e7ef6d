using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Runtime;

namespace PermitCms.Workflows.Components;

/// <summary>
/// An item's history as a read-only table (时间, 操作, 状态变化, 操作人, 意见), for any module's details page:
/// <c>@await Component.InvokeAsync("WorkflowHistory", new { itemType = "Application", itemId = "42" })</c>.
/// </summary>
public sealed class WorkflowHistoryViewComponent(PermitCmsDbContext db, WorkflowDefinitionCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string itemType, string itemId)
    {
        var entries = await db.Set<WorkflowHistory>().AsNoTracking()
            .Where(h => h.ItemType == itemType && h.ItemId == itemId)
            .OrderBy(h => h.OccurredAt).ThenBy(h => h.Id)
            .ToListAsync(HttpContext.RequestAborted);
        var rows = new List<WorkflowHistoryRow>();
        foreach (var h in entries)
        {
            // State names as the version the item ran on at that moment defined them.
            var workflow = await cache.GetAsync(db, h.DefinitionVersionId, HttpContext.RequestAborted);
            rows.Add(new WorkflowHistoryRow(h, h.FromState is null ? null : workflow?.StateName(h.FromState) ?? h.FromState, workflow?.StateName(h.ToState) ?? h.ToState));
        }

        return View(rows);
    }
}

public sealed record WorkflowHistoryRow(WorkflowHistory Entry, string? FromName, string ToName);
