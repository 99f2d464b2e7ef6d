using System.Globalization;

namespace PermitCms.Permits.Statistics;

/// <summary>
/// The two statistics that read the workflow history, in each provider's SQL. The history table belongs to the
/// Workflows module, whose entity this module may not use (ADR 0005), so the queries name its table and columns;
/// the composed DbContext and both providers' migrations keep them stable. Weeks start on Monday and days are
/// China's: the fixed UTC+8 offset of <see cref="PermitCms.Core.Formatting.DisplayTime"/> (no daylight saving since 1991).
/// {0} and {1} are the range's UTC bounds, bound as parameters.
/// </summary>
internal sealed class StatisticsSql(string seconds, string week, string month, string percentiles)
{
    public static readonly StatisticsSql Sqlite = new(
        "(julianday({0}) - julianday({1})) * 86400.0",
        "date({0}, '+8 hours', 'weekday 0', '-6 days')",
        "strftime('%Y-%m-01', {0}, '+8 hours')",
        // SQLite has no percentile function: rank the decisions of each kind inside the query and interpolate between
        // the two rows around p × (n − 1), which is exactly what percentile_cont computes.
        $"""
        , r AS (SELECT kind, secs, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY secs) - 1 AS i, COUNT(*) OVER (PARTITION BY kind) AS n FROM k)
        SELECT kind AS "Kind", MAX(n) AS "Decisions", {Pick("0.5")} AS "Median", {Pick("0.9")} AS "P90" FROM r GROUP BY kind
        """);

    public static readonly StatisticsSql PostgreSql = new(
        "EXTRACT(EPOCH FROM ({0} - {1}))::double precision",
        "to_char(date_trunc('week', ({0} AT TIME ZONE 'UTC') + interval '8 hours'), 'YYYY-MM-DD')",
        "to_char(date_trunc('month', ({0} AT TIME ZONE 'UTC') + interval '8 hours'), 'YYYY-MM-DD')",
        """
        SELECT kind AS "Kind", COUNT(*) AS "Decisions",
            percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS "Median", percentile_cont(0.9) WITHIN GROUP (ORDER BY secs) AS "P90"
        FROM k GROUP BY kind
        """);

    private const string Item = $"h.\"ItemType\" = '{Data.PermitApplication.ItemType}'";
    private const string Decision = $"h.\"ToState\" IN ('{PermitStates.Approved}', '{PermitStates.Rejected}')";
    private const string Submit = $"\"Trigger\" = '{PermitTriggers.Submit}'";
    private const string InRange = "h.\"OccurredAt\" >= {0} AND h.\"OccurredAt\" < {1}";

    public static StatisticsSql For(string? providerName)
        => providerName?.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) == true ? PostgreSql : Sqlite;

    /// <summary>收到, 审核通过, 退回 per period ("week" or "month"), one row per period that has any.</summary>
    public string Flows(bool weekly)
    {
        var period = string.Format(CultureInfo.InvariantCulture, weekly ? week : month, "h.\"OccurredAt\"");
        return $"""
            SELECT {period} AS "Period",
                SUM(CASE WHEN h.{Submit} THEN 1 ELSE 0 END) AS "Received",
                SUM(CASE WHEN h."ToState" = '{PermitStates.Approved}' THEN 1 ELSE 0 END) AS "Approved",
                SUM(CASE WHEN h."ToState" = '{PermitStates.Rejected}' THEN 1 ELSE 0 END) AS "Returned"
            FROM "WorkflowHistory" h
            WHERE {Item} AND {InRange} AND (h.{Submit} OR {Decision})
            GROUP BY {period}
            ORDER BY 1
            """;
    }

    /// <summary>
    /// Per kind (the decision's state, and All): decisions, median and p90 seconds from the last 申报 before the
    /// decision (found through the history's (ItemType, ItemId) index) to the decision.
    /// </summary>
    public string ReviewTimes()
    {
        var since = $"(SELECT MAX(s.\"OccurredAt\") FROM \"WorkflowHistory\" s WHERE s.\"ItemType\" = h.\"ItemType\" AND s.\"ItemId\" = h.\"ItemId\" AND s.{Submit} AND s.\"OccurredAt\" <= h.\"OccurredAt\")";
        var duration = seconds.Replace("{0}", "h.\"OccurredAt\"", StringComparison.Ordinal).Replace("{1}", since, StringComparison.Ordinal);
        return $"""
            WITH d AS (SELECT h."ToState" AS kind, {duration} AS secs FROM "WorkflowHistory" h WHERE {Item} AND {Decision} AND {InRange}),
            k AS (SELECT kind, secs FROM d WHERE secs IS NOT NULL UNION ALL SELECT '{PermitCms.Permits.Abstractions.StatisticsReviewTime.All}', secs FROM d WHERE secs IS NOT NULL)
            {percentiles}
            """;
    }

    private static string Pick(string p)
    {
        var rank = $"(n - 1) * {p}";
        var low = $"CAST({rank} AS INTEGER)";
        return $"SUM(CASE WHEN i = {low} THEN secs * (1 - ({rank} - {low})) WHEN i = {low} + 1 THEN secs * ({rank} - {low}) ELSE 0 END)";
    }
}
