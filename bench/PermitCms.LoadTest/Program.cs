using System.Diagnostics;
using System.Globalization;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Abstractions;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;
using PermitCms.Tests.Permits.Query;

// Load script for the two speed targets (issues 4 and 5), run in-process against real SQLite:
//  1. 批准单查询 with 1,000 and with 100,000 applications of one enterprise: median and p95 per condition,
//     and the 100k/1k ratio — the figure that shows whether the page scales, whatever the machine does.
//  2. Goods import of 100 and of 10,000 lines: seconds, lines per second, and the ratio.
// Usage: dotnet run -c Release --project bench/PermitCms.LoadTest [-- repetitions]
// The web app's content root: found from the solution folder (the tests get it from their own build metadata).
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "PermitCms.sln")))
{
    root = root.Parent;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PERMITCMS_WEB", Path.Combine(root!.FullName, "src", "PermitCms.Web"));
var repetitions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
string[] urls =
[
    "/Permits/Query",
    "/Permits/Query?state=PendingReview&size=100",
    "/Permits/Query?no=S000000321",
    "/Permits/Query?formNo=F322",
    "/Permits/Query?from=2025-01-01&to=2025-01-31",
    "/Permits/Query?p=40&size=20",
];

var small = await MeasureQueriesAsync(1_000);
var large = await MeasureQueriesAsync(100_000);
Console.WriteLine();
Console.WriteLine($"批准单查询, {repetitions} requests each (ms; sequential, in-process HTTP, SQLite)");
Console.WriteLine($"{"url",-46} {"1k med",8} {"1k p95",8} {"100k med",9} {"100k p95",9} {"ratio",6}");
foreach (var url in urls)
{
    var (a, b) = (small[url], large[url]);
    Console.WriteLine($"{url,-46} {a.Median,8:0.0} {a.P95,8:0.0} {b.Median,9:0.0} {b.P95,9:0.0} {b.Median / a.Median,6:0.0}");
}

var import100 = await MeasureImportAsync(100);
var import10k = await MeasureImportAsync(10_000);
Console.WriteLine();
Console.WriteLine("Goods import (s, median of 3; upload + validation + one transaction)");
Console.WriteLine($"  100 lines: {import100:0.00} s ({100 / import100:0} lines/s)");
Console.WriteLine($"  10,000 lines: {import10k:0.00} s ({10_000 / import10k:0} lines/s), ratio 10k/100 = {import10k / import100:0.0} for 100x the lines");

async Task<Dictionary<string, (double Median, double P95)>> MeasureQueriesAsync(int count)
{
    await using var app = new PermitCmsFactory();
    var sample = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
    await QuerySeed.BulkInsertAsync(app, count, sample.EnterpriseId, sample.WorkflowDefinitionVersionId);
    var client = await QueryPages.SignedInAsync(app, DemoAccounts.Enterprise1);
    var results = new Dictionary<string, (double, double)>();
    foreach (var url in urls)
    {
        await client.GetStringAsync(url); // warm-up: compiled queries, plan cache
        var times = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            var watch = Stopwatch.StartNew();
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        results[url] = (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
    }

    Console.WriteLine($"seeded and measured {count:N0} applications");
    return results;
}

async Task<double> MeasureImportAsync(int lines)
{
    await using var app = new PermitCmsFactory();
    var (user, _) = await PermitTestData.NewEnterpriseUserAsync(app);
    var client = await PermitClient.SignInAsync(app, user, PermitTestData.Password);
    var workbook = PermitTestData.Workbook(Enumerable.Range(1, lines).Select(PermitTestData.GoodsRow));
    var times = new List<double>();
    for (var i = 0; i < 3; i++)
    {
        var id = await client.SaveDraftAsync(approvalFormNo: $"LOAD-{lines}-{i}");
        var watch = Stopwatch.StartNew();
        var response = await client.UploadAsync(id, "ImportGoods", "file", workbook, "goods.xlsx");
        times.Add(watch.Elapsed.TotalSeconds);
        response.EnsureSuccessStatusCode();
    }

    times.Sort();
    return times[1];
}
