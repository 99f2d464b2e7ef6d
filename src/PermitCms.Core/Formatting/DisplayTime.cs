using System.Globalization;

namespace PermitCms.Core.Formatting;

/// <summary>
/// Times are stored in UTC and shown in China Standard Time (UTC+8, no daylight saving), which is what the
/// users read on their own clocks whatever the server's time zone. Every page and export formats through here.
/// </summary>
public static class DisplayTime
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateTime ToChina(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ChinaOffset);

    /// <summary>The time in China, e.g. "2026-11-29 03:23"; <paramref name="empty"/> when there is none.</summary>
    public static string Format(DateTime? utc, string format = "yyyy-MM-dd HH:mm", string empty = "—")
        => utc is { } value ? ToChina(value).ToString(format, CultureInfo.InvariantCulture) : empty;

    public static string Format(DateTime utc, string format = "yyyy-MM-dd HH:mm") => ToChina(utc).ToString(format, CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset value, string format = "yyyy-MM-dd HH:mm")
        => value.ToOffset(ChinaOffset).ToString(format, CultureInfo.InvariantCulture);

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
