using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Query;

namespace PermitCms.Permits.Statistics;

/// <summary>
/// <see cref="IPermitStatistics"/>: status, port and country by EF GroupBy over the applications declared in the range;
/// flows and review times by <see cref="StatisticsSql"/> over the workflow history. Only grouped figures leave the
/// database; the gaps between periods are filled here so that every week and month of the range has its bar.
/// </summary>
public sealed class PermitStatisticsService(PermitCmsDbContext db, PermitQueryService queries, CodeListService codeLists, StatisticsWorkbook workbook) : IPermitStatistics
{
    public async Task<PermitStatistics> ComputeAsync(StatisticsRange range, CancellationToken cancellationToken)
    {
        var states = await queries.ListedStatesAsync(PermitListScope.AllEnterprises(), cancellationToken);
        var listed = states.Select(s => s.Code).Distinct().ToList();
        var (from, to) = (range.FromUtc, range.ToUtcExclusive);
        var declared = db.Set<PermitApplication>().AsNoTracking()
            .Where(p => p.DeclaredAt >= from && p.DeclaredAt < to && listed.Contains(p.WorkflowState));

        var byState = await declared.GroupBy(p => p.WorkflowState).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byPort = await declared.GroupBy(p => p.PortCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byCountry = await declared.SelectMany(p => p.Goods).GroupBy(g => g.CountryCode)
            .Select(g => new { g.Key, Applications = g.Select(x => x.PermitApplicationId).Distinct().Count(), Lines = g.Count() })
            .ToListAsync(cancellationToken);

        var sql = StatisticsSql.For(db.Database.ProviderName);
        var weekly = await Query<FlowRow>(sql.Flows(weekly: true), from, to, cancellationToken);
        var monthly = await Query<FlowRow>(sql.Flows(weekly: false), from, to, cancellationToken);
        var times = await Query<ReviewTimeRow>(sql.ReviewTimes(), from, to, cancellationToken);

        var codes = await codeLists.GetAsync(cancellationToken);
        var stateNames = states.GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.First().NameZh);
        return new PermitStatistics(
            range,
            [.. listed.Select(code => new StatisticsCount(code, stateNames[code], byState.GetValueOrDefault(code)))],
            Fill(weekly, StartOfWeek(range.From), range.To, d => d.AddDays(7)),
            Fill(monthly, new DateOnly(range.From.Year, range.From.Month, 1), range.To, d => d.AddMonths(1)),
            ReviewTimes(times, stateNames),
            [.. byPort.OrderByDescending(p => p.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new StatisticsCount(p.Key ?? "", p.Key is null ? "（未填写）" : codes.Name(CodeListNames.CustomsDistrict, p.Key), p.Count))],
            [.. byCountry.OrderByDescending(c => c.Applications).ThenByDescending(c => c.Lines).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new StatisticsOrigin(c.Key, codes.Name(CodeListNames.Country, c.Key), c.Applications, c.Lines))]);
    }

    public Task<Stream> ExportAsync(PermitStatistics statistics, CancellationToken cancellationToken) => workbook.WriteAsync(statistics, cancellationToken);

    public string ExportFileName(StatisticsRange range)
        => string.Create(CultureInfo.InvariantCulture, $"统计分析_{range.From:yyyyMMdd}-{range.To:yyyyMMdd}.xlsx");

    public static DateOnly StartOfWeek(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private Task<List<T>> Query<T>(string sql, DateTime from, DateTime to, CancellationToken ct)
        => db.Database.SqlQuery<T>(FormattableStringFactory.Create(sql, from, to)).ToListAsync(ct);

    private static List<StatisticsFlow> Fill(List<FlowRow> rows, DateOnly first, DateOnly last, Func<DateOnly, DateOnly> next)
    {
        var found = rows.ToDictionary(r => DateOnly.ParseExact(r.Period, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var flows = new List<StatisticsFlow>();
        for (var period = first; period <= last; period = next(period))
        {
            var row = found.GetValueOrDefault(period);
            flows.Add(new StatisticsFlow(period, (int)(row?.Received ?? 0), (int)(row?.Approved ?? 0), (int)(row?.Returned ?? 0)));
        }

        return flows;
    }

    private static List<StatisticsReviewTime> ReviewTimes(List<ReviewTimeRow> rows, Dictionary<string, string> stateNames)
    {
        string[] kinds = [StatisticsReviewTime.All, PermitStates.Approved, PermitStates.Rejected];
        return [.. kinds.Select(kind =>
        {
            var row = rows.FirstOrDefault(r => r.Kind == kind);
            var name = kind == StatisticsReviewTime.All ? "全部决定" : stateNames.GetValueOrDefault(kind, kind);
            return new StatisticsReviewTime(kind, name, (int)(row?.Decisions ?? 0), row?.Median / 3600, row?.P90 / 3600);
        })];
    }
}
