using PermitCms.Core.Formatting;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Calendar;

/// <summary>
/// Working-day arithmetic over one snapshot of the calendar: Monday to Friday, except the entered holidays and
/// adjusted working days. Day boundaries are China's (UTC+8), whatever the server's zone.
/// </summary>
public sealed class WorkingCalendar(IReadOnlyDictionary<DateOnly, WorkingDayKind> exceptions)
{
    // Guards the loops against a limit counted over a calendar that has (wrongly) no working day at all.
    private const int MaxDaysScanned = 3660;

    public bool IsWorkingDay(DateOnly day)
        => exceptions.TryGetValue(day, out var kind) ? kind == WorkingDayKind.WorkingDay : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static DateOnly ChinaDate(DateTime utc) => DateOnly.FromDateTime(DisplayTime.ToChina(utc));

    /// <summary>
    /// The end (China midnight, as UTC) of the <paramref name="workingDays"/>-th working day after the China day
    /// of <paramref name="startUtc"/>: the day something arrives does not count, as with official time limits.
    /// </summary>
    public DateTime AddWorkingDays(DateTime startUtc, int workingDays)
    {
        var day = ChinaDate(startUtc);
        for (int counted = 0, scanned = 0; counted < workingDays && scanned < MaxDaysScanned; scanned++)
        {
            day = day.AddDays(1);
            counted += IsWorkingDay(day) ? 1 : 0;
        }

        return DisplayTime.ChinaDayStartUtc(day.AddDays(1));
    }

    /// <summary>Working days left (today included, the day of entry not) or, past <paramref name="dueUtc"/>, working days late.</summary>
    public WorkflowDeadlineInfo Status(DateTime enteredUtc, DateTime dueUtc, DateTime nowUtc)
    {
        var lastDay = ChinaDate(dueUtc).AddDays(-1);
        var today = ChinaDate(nowUtc);
        if (nowUtc < dueUtc)
        {
            var first = ChinaDate(enteredUtc).AddDays(1);
            return new WorkflowDeadlineInfo(dueUtc, false, Count(today > first ? today : first, lastDay));
        }

        return new WorkflowDeadlineInfo(dueUtc, true, Math.Max(1, Count(lastDay.AddDays(1), today)));
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public int Count(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var (day, scanned) = (from, 0); day <= to && scanned < MaxDaysScanned; day = day.AddDays(1), scanned++)
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }
}
