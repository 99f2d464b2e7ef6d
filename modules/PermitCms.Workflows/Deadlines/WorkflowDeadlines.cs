using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Calendar;

namespace PermitCms.Workflows.Deadlines;

/// <summary>
/// <see cref="IWorkflowDeadlines"/>: one indexed query for the page's items and one for the calendar; the working
/// days are counted in memory from the stored due time, never per row in SQL.
/// </summary>
internal sealed class WorkflowDeadlines(PermitCmsDbContext db, WorkingDays workingDays, TimeProvider time) : IWorkflowDeadlines
{
    public async Task<IReadOnlyDictionary<string, WorkflowDeadlineInfo>> GetOpenAsync(string itemType, IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken = default)
    {
        if (itemIds.Count == 0)
        {
            return new Dictionary<string, WorkflowDeadlineInfo>();
        }

        var open = await db.Set<WorkflowDeadline>().AsNoTracking()
            .Where(d => d.ItemType == itemType && itemIds.Contains(d.ItemId) && d.ClosedAt == null)
            .Select(d => new { d.ItemId, d.EnteredAt, d.DueAt })
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return new Dictionary<string, WorkflowDeadlineInfo>();
        }

        var calendar = await workingDays.LoadAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return open.GroupBy(d => d.ItemId).ToDictionary(g => g.Key, g => calendar.Status(g.First().EnteredAt, g.First().DueAt, now));
    }
}
