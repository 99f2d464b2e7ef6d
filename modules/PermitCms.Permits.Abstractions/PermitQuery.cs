using System.Globalization;

namespace PermitCms.Permits.Abstractions;

/// <summary>
/// The conditions of 批准单查询, as they travel in the query string (so that they survive paging, the back
/// button and the export). Every condition is optional; empty ones are left out of links.
/// </summary>
public sealed record PermitQuery(string? ApplicationNo, string? ApprovalFormNo, string? State, DateOnly? From, DateOnly? To)
{
    public static readonly int[] PageSizes = [10, 20, 50, 100];
    public const int DefaultPageSize = 20;

    public string? ApplicationNoTrimmed => Trim(ApplicationNo);

    public string? ApprovalFormNoTrimmed => Trim(ApprovalFormNo);

    public bool HasConditions => ApplicationNoTrimmed is not null || ApprovalFormNoTrimmed is not null || !string.IsNullOrEmpty(State) || From is not null || To is not null;

    /// <summary>Inclusive start of the 申报日期 range in UTC.</summary>
    public DateTime? FromUtc => From is { } day ? PermitCms.Core.Formatting.DisplayTime.ChinaDayStartUtc(day) : null;

    /// <summary>Exclusive end of the 申报日期 range in UTC (the start of the day after <see cref="To"/>).</summary>
    public DateTime? ToUtcExclusive => To is { } day ? PermitCms.Core.Formatting.DisplayTime.ChinaDayStartUtc(day.AddDays(1)) : null;

    /// <summary>The conditions as route values for links (paging, export); empty ones omitted.</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(values, "no", ApplicationNoTrimmed);
        Add(values, "formNo", ApprovalFormNoTrimmed);
        Add(values, "state", State);
        Add(values, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(values, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return values;
    }

    public static int NormalizePageSize(int size) => PageSizes.Contains(size) ? size : DefaultPageSize;

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values[key] = value;
        }
    }
}
