using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Calendar;

/// <summary>
/// The working-day calculator over the calendar as stored now. The table holds a few dozen rows a year, so one
/// read per use is cheaper than keeping a cache coherent across app instances when an administrator edits it.
/// </summary>
public sealed class WorkingDays(PermitCmsDbContext db)
{
    public async Task<WorkingCalendar> LoadAsync(CancellationToken cancellationToken = default)
        => new(await db.Set<WorkingCalendarDay>().AsNoTracking().ToDictionaryAsync(d => d.Date, d => d.Kind, cancellationToken));

    /// <summary>See <see cref="WorkingCalendar.AddWorkingDays"/>.</summary>
    public async Task<DateTime> AddAsync(DateTime startUtc, int workingDays, CancellationToken cancellationToken = default)
        => (await LoadAsync(cancellationToken)).AddWorkingDays(startUtc, workingDays);

    /// <summary>See <see cref="WorkingCalendar.Status"/>.</summary>
    public async Task<WorkflowDeadlineInfo> RemainingAsync(DateTime enteredUtc, DateTime dueUtc, DateTime nowUtc, CancellationToken cancellationToken = default)
        => (await LoadAsync(cancellationToken)).Status(enteredUtc, dueUtc, nowUtc);
}
