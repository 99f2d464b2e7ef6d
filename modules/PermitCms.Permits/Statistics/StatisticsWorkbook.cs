using System.Globalization;
using MiniExcelLibs;
using PermitCms.Permits.Excel;

namespace PermitCms.Permits.Statistics;

/// <summary>
/// 导出 Excel of 统计分析: one sheet per table of the page, the same figures as numbers. Names come from editable
/// code lists and workflow definitions, so every text cell is <see cref="SpreadsheetText.Neutralise"/>d.
/// </summary>
public sealed class StatisticsWorkbook
{
    public const string ContentType = Xlsx.ContentType;

    public async Task<Stream> WriteAsync(PermitStatistics statistics, CancellationToken ct)
    {
        var sheets = new Dictionary<string, object>
        {
            ["按状态"] = statistics.ByStatus.Select(s => Row(("状态", Text(s.Name)), ("批准单数", s.Count))).ToList(),
            ["按周"] = Flows(statistics.Weekly, "周（起始日）"),
            ["按月"] = Flows(statistics.Monthly, "月份"),
            ["审核时长"] = statistics.ReviewTimes.Select(t => Row(
                ("决定", Text(t.Name)), ("决定数", t.Decisions), ("中位数（小时）", Hours(t.MedianHours)), ("90% 分位（小时）", Hours(t.P90Hours)))).ToList(),
            ["按入境口岸"] = statistics.ByPort.Select(p => Row(("口岸代码", Text(p.Code)), ("入境口岸", Text(p.Name)), ("批准单数", p.Count))).ToList(),
            ["按原产国"] = statistics.ByCountry.Select(c => Row(
                ("国别代码", Text(c.Code)), ("原产国(地区)", Text(c.Name)), ("批准单数", c.Applications), ("商品行数", c.GoodsLines))).ToList(),
        };
        var file = new MemoryStream();
        await file.SaveAsAsync(sheets, cancellationToken: ct);
        file.Position = 0;
        return file;
    }

    private static List<Dictionary<string, object?>> Flows(IReadOnlyList<StatisticsFlow> flows, string period)
        => [.. flows.Select(f => Row(
            (period, f.PeriodStart.ToString(period == "月份" ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("收到（申报）", f.Received), ("审核通过", f.Approved), ("退回", f.Returned)))];

    private static Dictionary<string, object?> Row(params (string Header, object? Value)[] cells)
        => cells.ToDictionary(c => c.Header, c => c.Value);

    private static string Text(string value) => SpreadsheetText.Neutralise(value);

    private static object? Hours(double? hours) => hours is { } h ? Math.Round(h, 1) : null;
}
