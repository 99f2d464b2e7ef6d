using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;

namespace PermitCms.Workflows.Calendar;

/// <summary>
/// Seeds 2026 from the State Council's notice (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04) once, when
/// the calendar has no 2026 entry yet; later years are the administrators' to enter when the notice is out.
/// </summary>
internal sealed class WorkingCalendarSeeder(PermitCmsDbContext db) : IDataSeeder
{
    private static readonly (string Name, string From, string To, string[] WorkDays)[] Year2026 =
    [
        ("元旦", "2026-01-01", "2026-01-03", ["2026-01-04"]),
        ("春节", "2026-02-15", "2026-02-23", ["2026-02-14", "2026-02-28"]),
        ("清明节", "2026-04-04", "2026-04-06", []),
        ("劳动节", "2026-05-01", "2026-05-05", ["2026-05-09"]),
        ("端午节", "2026-06-19", "2026-06-21", []),
        ("中秋节", "2026-09-25", "2026-09-27", []),
        ("国庆节", "2026-10-01", "2026-10-07", ["2026-09-20", "2026-10-10"]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var set = db.Set<WorkingCalendarDay>();
        if (await set.AnyAsync(d => d.Date >= new DateOnly(2026, 1, 1) && d.Date <= new DateOnly(2026, 12, 31), cancellationToken))
        {
            return;
        }

        foreach (var (name, from, to, workDays) in Year2026)
        {
            for (var day = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture); day <= DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture); day = day.AddDays(1))
            {
                set.Add(new WorkingCalendarDay { Date = day, Kind = WorkingDayKind.Holiday, Name = name });
            }

            foreach (var work in workDays)
            {
                set.Add(new WorkingCalendarDay { Date = DateOnly.Parse(work, System.Globalization.CultureInfo.InvariantCulture), Kind = WorkingDayKind.WorkingDay, Name = $"{name}调休上班" });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
