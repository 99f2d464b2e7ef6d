using System.Globalization;

namespace PermitCms.Core.Formatting;

/// <summary>
/// Times are stored in UTC and shown in China Standard Time (UTC+8, no daylight saving), which is what the
/// users read on their own clocks whatever the server's time zone.
/// </summary>
public static class DisplayTime
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateTime ToChina(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ChinaOffset);

    /// <summary>"yyyy-MM-dd HH:mm", or "—" when there is no time.</summary>
    public static string Format(DateTime? utc) => utc is { } value ? ToChina(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>"yyyy-MM-dd", or "—".</summary>
    public static string FormatDate(DateTime? utc) => utc is { } value ? ToChina(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    /// <summary>The UTC start of a China calendar day, for date-range conditions.</summary>
    public static DateTime ChinaDayStartUtc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaOffset;

    /// <summary>How long something has waited, e.g. "2 天 3 小时".</summary>
    public static string Elapsed(DateTime sinceUtc, DateTime nowUtc)
    {
        var span = nowUtc - sinceUtc;
        return span switch
        {
            { TotalMinutes: < 1 } => "不到 1 分钟",
            { TotalHours: < 1 } => $"{(int)span.TotalMinutes} 分钟",
            { TotalDays: < 1 } => $"{(int)span.TotalHours} 小时 {span.Minutes} 分钟",
            _ => $"{(int)span.TotalDays} 天 {span.Hours} 小时",
        };
    }
}
