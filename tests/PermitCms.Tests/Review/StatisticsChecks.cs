using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Abstractions;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Review;

/// <summary>The same expected figures against the service, the page's tables and the exported workbook.</summary>
public static partial class StatisticsChecks
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Query(StatisticsRange range) => string.Create(CultureInfo.InvariantCulture, $"From={range.From:yyyy-MM-dd}&To={range.To:yyyy-MM-dd}");

    public static async Task ServiceAsync(PermitCmsFactory app, StatisticsExpected expected, StatisticsRange range)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var figures = await scope.ServiceProvider.GetRequiredService<IPermitStatistics>().ComputeAsync(range, Ct);

        Assert.Equal(Sorted(expected.ByStatus), Sorted(figures.ByStatus.Where(s => s.Count > 0).ToDictionary(s => s.Code, s => s.Count)));
        Assert.Equal(["PendingReview", "Approved", "Rejected", "WrittenOff"], figures.ByStatus.Select(s => s.Code));
        Assert.Equal(expected.Weekly, figures.Weekly.Select(w => (w.PeriodStart, w.Received, w.Approved, w.Returned)).ToList());
        Assert.Equal(expected.Monthly, figures.Monthly.Select(w => (w.PeriodStart, w.Received, w.Approved, w.Returned)).ToList());
        Assert.Equal(Sorted(expected.ByPort), Sorted(figures.ByPort.ToDictionary(p => p.Code, p => p.Count)));
        Assert.Equal(Sorted(expected.ByCountry), Sorted(figures.ByCountry.ToDictionary(c => c.Code, c => (c.Applications, c.GoodsLines))));
        Assert.Contains(figures.ByCountry, c => c.Code == "DE" && c.Name == "德国");
        Assert.Contains(figures.ByPort, p => p.Code == "2200" && p.Name == "上海海关");
        foreach (var time in figures.ReviewTimes)
        {
            var (decisions, median, p90) = expected.ReviewTimes[time.Kind];
            Assert.Equal(decisions, time.Decisions);
            Close(median, time.MedianHours);
            Close(p90, time.P90Hours);
        }
    }

    public static async Task PageAsync(PermitCmsFactory app, StatisticsExpected expected, StatisticsRange range)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Reviewer);
        var html = await client.GetStringAsync("/Admin/Statistics?" + Query(range), Ct);

        Assert.Equal(Sorted(expected.ByStatus), Sorted(Table(html, "status").Where(r => r.Value[0] > 0).ToDictionary(r => r.Key, r => r.Value[0])));
        Assert.Equal(expected.Weekly.Select(w => (w.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), new[] { w.Received, w.Approved, w.Returned })).ToList(),
            Table(html, "weekly").Select(r => (r.Key, r.Value)).ToList(), Comparer);
        Assert.Equal(expected.Monthly.Select(w => (w.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture), new[] { w.Received, w.Approved, w.Returned })).ToList(),
            Table(html, "monthly").Select(r => (r.Key, r.Value)).ToList(), Comparer);
        Assert.Equal(Sorted(expected.ByPort), Sorted(Table(html, "port").ToDictionary(r => r.Key, r => r.Value[0])));
        Assert.Equal(Sorted(expected.ByCountry), Sorted(Table(html, "country").ToDictionary(r => r.Key, r => (r.Value[0], r.Value[1]))));
        foreach (Match row in ReviewTimeRow().Matches(html))
        {
            var (decisions, median, p90) = expected.ReviewTimes[row.Groups["key"].Value];
            Assert.Equal(decisions, int.Parse(row.Groups["n"].Value, CultureInfo.InvariantCulture));
            Close(median, Hours(row.Groups["median"].Value), 0.001);
            Close(p90, Hours(row.Groups["p90"].Value), 0.001);
        }

        Assert.Equal(3, ReviewTimeRow().Matches(html).Count);
        Assert.Contains("<svg class=\"chart-svg\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-weekly-title\">", html, StringComparison.Ordinal);
    }

    public static async Task ExportAsync(PermitCmsFactory app, StatisticsExpected expected, StatisticsRange range)
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        using var response = await client.GetAsync("/Admin/Statistics?handler=Export&" + Query(range), Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal(["按状态", "按周", "按月", "审核时长", "按入境口岸", "按原产国"], MiniExcel.GetSheetNames(file));
        var weekly = Sheet(file, "按周").Select(r => ((string)r["周（起始日）"], Int(r["收到（申报）"]), Int(r["审核通过"]), Int(r["退回"]))).ToList();
        Assert.Equal(expected.Weekly.Select(w => (w.Period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.Received, w.Approved, w.Returned)).ToList(), weekly);
        var monthly = Sheet(file, "按月").Select(r => ((string)r["月份"], Int(r["收到（申报）"]), Int(r["审核通过"]), Int(r["退回"]))).ToList();
        Assert.Equal(expected.Monthly.Select(w => (w.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture), w.Received, w.Approved, w.Returned)).ToList(), monthly);
        Assert.Equal(Sorted(expected.ByPort), Sorted(Sheet(file, "按入境口岸").ToDictionary(r => (string)r["口岸代码"], r => Int(r["批准单数"]))));
        Assert.Equal(Sorted(expected.ByCountry), Sorted(Sheet(file, "按原产国").ToDictionary(r => (string)r["国别代码"], r => (Int(r["批准单数"]), Int(r["商品行数"])))));
        var status = Sheet(file, "按状态").ToDictionary(r => (string)r["状态"], r => Int(r["批准单数"]));
        Assert.Equal(expected.ByStatus.GetValueOrDefault("Approved"), status["审核通过"]);
        Assert.Equal(expected.ByStatus.GetValueOrDefault("Rejected"), status["退回"]);
        var times = Sheet(file, "审核时长").ToDictionary(r => (string)r["决定"], r => (Int(r["决定数"]), r["中位数（小时）"]));
        Assert.Equal(expected.ReviewTimes["All"].Decisions, times["全部决定"].Item1);
        var median = times["全部决定"].Item2 is null or "" ? (double?)null : Convert.ToDouble(times["全部决定"].Item2, CultureInfo.InvariantCulture);
        Close(expected.ReviewTimes["All"].Median, median, 0.051);
    }

    public static void Close(double? expected, double? actual, double tolerance = 1e-6)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is { } e && actual is { } a)
        {
            Assert.True(Math.Abs(e - a) <= tolerance, $"expected {e}, got {a}");
        }
    }

    /// <summary>Rows of the page's table <c>#table-{key}</c>: data-key and its figures (the data-n cells).</summary>
    public static List<KeyValuePair<string, int[]>> Table(string html, string key)
    {
        var table = Regex.Match(html, $"<table[^>]*id=\"table-{key}\".*?</table>", RegexOptions.Singleline);
        Assert.True(table.Success, $"table-{key} not on the page");
        return [.. Row().Matches(table.Value).Select(m => new KeyValuePair<string, int[]>(m.Groups["key"].Value,
            [.. Cell().Matches(m.Groups["cells"].Value).Select(c => int.Parse(c.Groups["n"].Value, CultureInfo.InvariantCulture))]))];
    }

    private static readonly IEqualityComparer<(string, int[])> Comparer = EqualityComparer<(string, int[])>.Create(
        (a, b) => a.Item1 == b.Item1 && a.Item2.SequenceEqual(b.Item2), x => x.Item1.GetHashCode(StringComparison.Ordinal));

    private static List<KeyValuePair<string, T>> Sorted<T>(Dictionary<string, T> d) => [.. d.OrderBy(p => p.Key, StringComparer.Ordinal)];

    private static List<IDictionary<string, object>> Sheet(Stream file, string name)
    {
        file.Position = 0;
        return [.. file.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object>>()];
    }

    private static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static double? Hours(string value) => value.Length == 0 ? null : double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex("<tr data-key=\"(?<key>[^\"]*)\">(?<cells>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("data-n=\"\\d+\">(?<n>\\d+)</td>")]
    private static partial Regex Cell();

    [GeneratedRegex("<tr data-key=\"(?<key>[^\"]*)\" data-median-hours=\"(?<median>[^\"]*)\" data-p90-hours=\"(?<p90>[^\"]*)\">\\s*<td>[^<]*</td><td class=\"text-end\" data-n=\"0\">(?<n>\\d+)</td>")]
    private static partial Regex ReviewTimeRow();
}
