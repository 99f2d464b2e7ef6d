using System.Diagnostics;
using System.Globalization;
using PermitCms.Accounts.Seeding;
using PermitCms.HttpBench;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;

// dotnet bench/PermitCms.HttpBench/bin/Release/net10.0/PermitCms.HttpBench.dll [--count 100000] [--seconds 10]
//   [--connections 16] [--data /tmp/permitcms-httpbench] [--profile] [--app path/to/PermitCms.Web.dll of another build]
//   [--rounds 3]   (every endpoint once per round; each page's ratio is to its own round's /health, the median shown)
//   [--warmup 10]   (seconds of wrk on each page first, not counted: tiered compilation and dynamic PGO finish
//   recompiling the request path only after a few thousand requests, and a saturated machine starves their thread)
//   [--only query]   (only /health and the query page: no goods import, no drafts, no POST loop)   (bench/http-bench.sh builds and runs it)
// 1. A SQLite file from the data generator (kept and reused for the same --count), the demo user ent1 moved to the
//    generator's largest enterprise (10 % of all applications), so that its 批准单查询 pages over real volume.
// 2. The Release app as its own process; ent1 signs in; one empty draft, one with 20,000 goods (imported through
//    the page), one complete draft per connection for 申报.
// 3. In one run: wrk on /health, the query page and both details pages; a client loop for 申报 + 撤回 and for /health.
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "PermitCms.sln")))
{
    root = root.Parent;
}

var count = int.Parse(Option("--count") ?? "100000", CultureInfo.InvariantCulture);
var seconds = int.Parse(Option("--seconds") ?? "10", CultureInfo.InvariantCulture);
var connections = int.Parse(Option("--connections") ?? "16", CultureInfo.InvariantCulture);
var data = Option("--data") ?? Path.Combine(Path.GetTempPath(), "permitcms-httpbench");
var database = Path.Combine(data, $"permitcms-{count}.db");
await Database.PrepareAsync(root!.FullName, database, count);

await using var app = await AppLauncher.StartAsync(Path.Combine(root.FullName, "src", "PermitCms.Web"), Option("--app"), database, args.Contains("--profile"));
var cookies = new System.Net.CookieContainer();
var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies, MaxConnectionsPerServer = connections * 2 })
{
    BaseAddress = app.BaseAddress,
    Timeout = TimeSpan.FromMinutes(5),
};
await http.SignInAsync(DemoAccounts.Enterprise1);
var client = new PermitClient(http);
var queryOnly = Option("--only") == "query";
var empty = 0;
var large = 0;
var drafts = new int[connections];
if (!queryOnly)
{
    empty = await client.SaveDraftAsync(approvalFormNo: "HTTPBENCH-EMPTY");
    large = await client.SaveDraftAsync(approvalFormNo: "HTTPBENCH-20000");
    var workbook = PermitTestData.Workbook(Enumerable.Range(1, 20_000).Select(PermitTestData.GoodsRow));
    var importClock = Stopwatch.StartNew();
    var imported = await client.UploadAsync(large, "ImportGoods", "file", workbook, "goods.xlsx");
    Console.WriteLine($"import of 20,000 goods lines through the page: {(int)imported.StatusCode}, {importClock.Elapsed.TotalSeconds:F2} s ({workbook.Length:N0} bytes)");
    if (imported.StatusCode != System.Net.HttpStatusCode.OK)
    {
        // A loaded machine can exceed the import's time budget (WorkbookInspector.TimeBudget); the details pages still
        // need their 20,000 lines, so they are written the way the data generator writes goods (bench/PermitCms.ExcelBench measures the import).
        Console.WriteLine($"  refused: {await imported.Content.ReadAsStringAsync()}; the 20,000 lines are inserted directly instead");
        await Database.InsertGoodsAsync(database, large, 20_000);
    }

    for (var i = 0; i < connections; i++)
    {
        drafts[i] = await client.CompleteDraftAsync($"HB{DateTime.UtcNow:HHmmss}-{i}");
    }
}

string[] pages = ["/health", "/Permits/Query", $"/Permits/Details?id={empty}", $"/Permits/Details?id={large}", $"/Permits/Details?id={large}&gp=200"];
string[] names = ["/health", "批准单查询 (page 1)", "details, no goods", "details, 20,000 goods", "details, 20,000 goods, page 200"];
if (queryOnly)
{
    pages = pages[..2];
    names = names[..2];
}

foreach (var page in pages)
{
    var response = await http.GetAsync(page);
    if (response.StatusCode != System.Net.HttpStatusCode.OK)
    {
        throw new InvalidOperationException($"{page} answered {(int)response.StatusCode} {response.Headers.Location}");
    }

    var sql = app.TakeSql();
    if (args.Contains("--profile"))
    {
        await Task.Delay(500); // the app's console log is written asynchronously
        _ = app.TakeSql();
        _ = await http.GetAsync(page); // the second request: what every request does once the caches are warm
        await Task.Delay(500);
        sql = app.TakeSql();
        Console.WriteLine($"\n{page}: {sql.Count} SQL statements");
        sql.ForEach(s => Console.WriteLine("  " + (s.Length > 400 ? s[..400] + " …" : s)));
    }
}

var token = await http.GetAntiforgeryTokenAsync("/Permits/Query");
var warmup = int.Parse(Option("--warmup") ?? "10", CultureInfo.InvariantCulture);
if (warmup > 0)
{
    for (var i = 0; i < pages.Length; i++)
    {
        _ = await Wrk.RunAsync(names[i], new Uri(app.BaseAddress, pages[i]), await FreshCookieAsync(), connections, warmup);
    }
}

// Rounds: /health and every page one after the other, --rounds times. The machine's speed drifts by the minute (a
// shared host), so each page is compared with the /health run of its own round; the table shows each endpoint's
// median round and the median of the per-round ratios.
var rounds = int.Parse(Option("--rounds") ?? "3", CultureInfo.InvariantCulture);
var byRound = new List<Figures[]>();
for (var round = 0; round < rounds; round++)
{
    var figures = new Figures[pages.Length];
    for (var i = 0; i < pages.Length; i++)
    {
        var cookie = await FreshCookieAsync();
        figures[i] = await Figures.WithAppCpuAsync(app, () => Wrk.RunAsync(names[i], new Uri(app.BaseAddress, pages[i]), cookie, connections, seconds));
    }

    byRound.Add(figures);
}

Console.WriteLine($"\n{count:N0} generated applications, {connections} connections, {rounds} rounds of {seconds} s per endpoint after {warmup} s of warm-up each; wrk for GET, a client loop for the POST");
if (rounds > 1)
{
    Console.WriteLine("per round, req/s (vs that round's /health): " + string.Join(" | ", byRound.Select(f =>
        string.Join(", ", f.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.RequestsPerSecond:F0}{(r == f[0] ? "" : $" ({r.RequestsPerSecond / f[0].RequestsPerSecond:P0})")}"))))));
}

Console.WriteLine("per round, app CPU ms per request (/health's ÷ the page's): " + string.Join(" | ", byRound.Select(f =>
    string.Join(", ", f.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.AppCpuMsPerRequest:F3}{(r == f[0] ? "" : $" ({f[0].AppCpuMsPerRequest / r.AppCpuMsPerRequest:P0})")}"))))));
Console.WriteLine($"{"endpoint",-36} {"req/s",9} {"p50 ms",8} {"p99 ms",8} {"vs /health",10} {"requests",9} {"failed",7} {"app CPU ms/req",15} {"CPU vs /health",15}");
var results = new List<Figures>();
for (var i = 0; i < pages.Length; i++)
{
    var median = byRound.Select(f => f[i]).OrderBy(r => r.RequestsPerSecond).ElementAt(rounds / 2);
    var ratio = byRound.Select(f => f[i].RequestsPerSecond / f[0].RequestsPerSecond).Order().ElementAt(rounds / 2);
    var cpu = byRound.Select(f => f[i].AppCpuMsPerRequest).Order().ElementAt(rounds / 2);
    var cpuRatio = byRound.Select(f => f[0].AppCpuMsPerRequest / f[i].AppCpuMsPerRequest).Order().ElementAt(rounds / 2);
    results.Add(median);
    Row(median, ratio, byRound.Sum(f => f[i].Requests), byRound.Sum(f => f[i].Failures), cpu, cpuRatio);
}

if (!queryOnly)
{
    var clientHealth = await Figures.WithAppCpuAsync(app, () => ClientLoop.RunAsync("/health (client loop)", connections, seconds, async (_, _) => (await http.GetAsync("/health")).IsSuccessStatusCode));
    var submit = await Figures.WithAppCpuAsync(app, () => ClientLoop.RunAsync("申报 / 撤回 (POST, client loop)", connections, seconds, async (w, i) =>
    {
        var trigger = i % 2 == 0 ? "submit" : "withdraw";
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var response = await http.PostAsync($"/Permits/Query?handler=Fire&id={drafts[w]}&trigger={trigger}", form);
        return response.StatusCode == System.Net.HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/Permits/Details", StringComparison.Ordinal) == true;
    }, unit: 2));
    var states = await Database.StatesAsync(database, drafts);
    Print(clientHealth, clientHealth);
    Print(submit, clientHealth);
    Console.WriteLine($"申报 drafts afterwards: {states} (each worker ends on a 撤回, so every one is a draft again unless a pair failed)");
}

// A browser stores the cookie each response renews; wrk sends one fixed cookie. Once that is older than the security
// stamp's validation interval (AccountsStartup: one minute), every request would re-validate the user and re-issue the
// cookie, which no browser session does more than once a minute: each wrk run gets a cookie signed in just before.
async Task<string> FreshCookieAsync()
{
    var session = new System.Net.CookieContainer();
    using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = session }) { BaseAddress = app.BaseAddress };
    await browser.SignInAsync(DemoAccounts.Enterprise1);
    return session.GetCookieHeader(app.BaseAddress);
}

void Print(Figures r, Figures health)
    => Row(r, r.RequestsPerSecond / health.RequestsPerSecond, r.Requests, r.Failures, r.AppCpuMsPerRequest, health.AppCpuMsPerRequest / r.AppCpuMsPerRequest);

// One line of the table: a run's (or the median round's) figures beside /health's.
void Row(Figures r, double ratio, long requests, long failures, double cpu, double cpuRatio)
    => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{r.Name,-36} {r.RequestsPerSecond,9:F0} {r.P50,8:F2} {r.P99,8:F2} {ratio,9:P0} {requests,9} {failures,7} {cpu,15:F3} {cpuRatio,14:P0}"));

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
