using System.Globalization;

namespace PermitCms.Accounts.Certificates;

/// <summary>Times are stored in UTC and shown in Beijing time (UTC+8 all year, no daylight saving).</summary>
public static class BeijingTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTime utc) => (DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset value) => value.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
