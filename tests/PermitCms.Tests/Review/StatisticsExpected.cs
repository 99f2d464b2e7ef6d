using PermitCms.Permits.Abstractions;

namespace PermitCms.Tests.Review;

/// <summary>What 统计分析 must show for a <see cref="StatisticsScenario"/>, by plain LINQ over the seeded rows.</summary>
public sealed class StatisticsExpected
{
    public StatisticsExpected(StatisticsScenario scenario, StatisticsRange range)
    {
        var (from, to) = (range.FromUtc, range.ToUtcExclusive);
        bool In(DateTime t) => t >= from && t < to;
        var declared = scenario.Applications.Where(a => a.DeclaredAt is { } d && In(d) && a.State is not ("Draft" or "Deleted")).ToList();
        ByStatus = declared.GroupBy(a => a.State).ToDictionary(g => g.Key, g => g.Count());
        ByPort = declared.GroupBy(a => a.Port).ToDictionary(g => g.Key, g => g.Count());
        ByCountry = declared.SelectMany(a => a.Origins.Distinct().Select(c => (Country: c, a.No))).GroupBy(x => x.Country)
            .ToDictionary(g => g.Key, g => (g.Count(), declared.Sum(a => a.Origins.Count(c => c == g.Key))));

        var events = scenario.Applications.SelectMany(a => a.Events.Select(e => (App: a, e.Trigger, e.To, e.At))).Where(e => In(e.At)).ToList();
        Weekly = Flows(events, range, Monday(range.From), d => d.AddDays(7), Monday);
        Monthly = Flows(events, range, new DateOnly(range.From.Year, range.From.Month, 1), d => d.AddMonths(1), d => new DateOnly(d.Year, d.Month, 1));

        var decisions = events.Where(e => e.To is "Approved" or "Rejected")
            .Select(e => (e.To, Hours: (e.At - e.App.Events.Where(s => s.Trigger == "submit" && s.At <= e.At).Max(s => s.At)).TotalHours))
            .ToList();
        ReviewTimes = new Dictionary<string, (int, double?, double?)>
        {
            ["All"] = Percentiles([.. decisions.Select(d => d.Hours)]),
            ["Approved"] = Percentiles([.. decisions.Where(d => d.To == "Approved").Select(d => d.Hours)]),
            ["Rejected"] = Percentiles([.. decisions.Where(d => d.To == "Rejected").Select(d => d.Hours)]),
        };
    }

    public Dictionary<string, int> ByStatus { get; }

    public Dictionary<string, int> ByPort { get; }

    /// <summary>Country → (applications with a line from it, lines from it).</summary>
    public Dictionary<string, (int Applications, int Lines)> ByCountry { get; }

    public List<(DateOnly Period, int Received, int Approved, int Returned)> Weekly { get; }

    public List<(DateOnly Period, int Received, int Approved, int Returned)> Monthly { get; }

    public Dictionary<string, (int Decisions, double? Median, double? P90)> ReviewTimes { get; }

    public static DateOnly ChinaDay(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8));

    private static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static List<(DateOnly, int, int, int)> Flows(
        List<(StatisticsScenario.Seeded App, string Trigger, string To, DateTime At)> events, StatisticsRange range, DateOnly first, Func<DateOnly, DateOnly> next, Func<DateOnly, DateOnly> bucket)
    {
        var flows = new List<(DateOnly, int, int, int)>();
        for (var period = first; period <= range.To; period = next(period))
        {
            var inPeriod = events.Where(e => bucket(ChinaDay(e.At)) == period).ToList();
            flows.Add((period, inPeriod.Count(e => e.Trigger == "submit"), inPeriod.Count(e => e.To == "Approved"), inPeriod.Count(e => e.To == "Rejected")));
        }

        return flows;
    }

    /// <summary>Linear interpolation between the ranks around p × (n − 1): PostgreSQL's percentile_cont.</summary>
    private static (int, double?, double?) Percentiles(List<double> hours)
    {
        if (hours.Count == 0)
        {
            return (0, null, null);
        }

        var sorted = hours.Order().ToList();
        double At(double p)
        {
            var rank = p * (sorted.Count - 1);
            var low = (int)Math.Floor(rank);
            var high = Math.Min(low + 1, sorted.Count - 1);
            return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
        }

        return (sorted.Count, At(0.5), At(0.9));
    }
}
