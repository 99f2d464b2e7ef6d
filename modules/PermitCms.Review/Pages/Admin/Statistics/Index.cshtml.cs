using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PermitCms.Permits.Abstractions;
using PermitCms.Review.Statistics;

namespace PermitCms.Review.Pages.Admin.Statistics;

/// <summary>
/// 统计分析: the figures of <see cref="IPermitStatistics"/> over a 申报/决定 date range (GET, default the last twelve
/// months), each as a server-drawn SVG chart with its table beside it, and 导出 Excel of the same figures.
/// </summary>
public sealed class IndexModel(IPermitStatistics statistics, TimeProvider time) : PageModel
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Charts show the largest ten; the table beside them lists all.</summary>
    public const int TopRows = 10;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public PermitStatistics? Figures { get; private set; }

    /// <summary>Why the conditions were refused; nothing is computed then.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Resolve() is not { } range)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Figures = await statistics.ComputeAsync(range, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (Resolve() is not { } range)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var figures = await statistics.ComputeAsync(range, cancellationToken);
        return File(await statistics.ExportAsync(figures, cancellationToken), Xlsx, statistics.ExportFileName(range));
    }

    public SvgChart StatusChart(PermitStatistics f) => BarChart.Build("chart-status", "按状态", [.. f.ByStatus.Select(s => (s.Name, s.Count, "chart-state chart-state-" + s.Code))], "件");

    public SvgChart FlowChart(IReadOnlyList<StatisticsFlow> flows, bool weekly)
    {
        var labels = flows.Select(p => p.PeriodStart.ToString(weekly ? "MM-dd" : "yyyy-MM", CultureInfo.InvariantCulture)).ToList();
        return ColumnChart.Build(weekly ? "chart-weekly" : "chart-monthly", weekly ? "按周收到、通过、退回" : "按月收到、通过、退回", labels,
            [
                new ChartSeries("收到（申报）", "chart-received", [.. flows.Select(p => p.Received)]),
                new ChartSeries("审核通过", "chart-approved", [.. flows.Select(p => p.Approved)]),
                new ChartSeries("退回", "chart-returned", [.. flows.Select(p => p.Returned)]),
            ],
            labelEvery: Math.Max(1, (flows.Count + 11) / 12));
    }

    public static SvgChart TopChart(string id, string title, IEnumerable<(string Name, int Count)> rows)
        => BarChart.Build(id, title, [.. rows.Take(TopRows).Select(r => (r.Name, r.Count, "chart-bar"))], "件");

    public static string Hours(double? hours) => hours switch
    {
        null => "—",
        < 48 => string.Create(CultureInfo.InvariantCulture, $"{hours:0.0} 小时"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{hours / 24:0.0} 天"),
    };

    private StatisticsRange? Resolve()
    {
        if (!ModelState.IsValid)
        {
            Problem = "日期格式不正确，请按 年-月-日 填写（例如 2026-01-31）。";
            return null;
        }

        var fallback = StatisticsRange.LastTwelveMonths(time.GetUtcNow().UtcDateTime);
        var to = To ?? (From is { } f && f > fallback.To ? f : fallback.To);
        var range = new StatisticsRange(From ?? (To is null ? fallback.From : to.AddYears(-1).AddDays(1)), to);
        (From, To) = (range.From, range.To);
        Problem = range.Problem();
        return Problem is null ? range : null;
    }
}
