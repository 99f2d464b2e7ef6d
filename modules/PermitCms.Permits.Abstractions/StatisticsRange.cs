using PermitCms.Core.Formatting;

namespace PermitCms.Permits.Abstractions;

/// <summary>
/// The days a statistic covers, both inclusive, in China time (UTC+8 without daylight saving, as
/// <see cref="DisplayTime"/>): weeks (Monday first) and months are China's calendar too.
/// </summary>
public sealed record StatisticsRange(DateOnly From, DateOnly To)
{
    /// <summary>Longer ranges would draw more weekly bars than a chart can show (157 weeks).</summary>
    public const int MaxYears = 3;

    public DateTime FromUtc => DisplayTime.ChinaDayStartUtc(From);

    public DateTime ToUtcExclusive => DisplayTime.ChinaDayStartUtc(To.AddDays(1));

    /// <summary>The default: the current month and the eleven before it.</summary>
    public static StatisticsRange LastTwelveMonths(DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(DisplayTime.ToChina(nowUtc));
        return new StatisticsRange(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today);
    }

    /// <summary>Why the range cannot be computed, in the user's words; null when it can.</summary>
    public string? Problem()
    {
        if (From > To)
        {
            return "开始日期不能晚于结束日期。";
        }

        return To > From.AddYears(MaxYears) ? $"统计区间不能超过 {MaxYears} 年，请缩小日期范围。" : null;
    }
}
