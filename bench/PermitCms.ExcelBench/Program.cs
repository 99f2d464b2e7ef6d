using System.Diagnostics;
using System.Globalization;
using PermitCms.ExcelBench;
using PermitCms.Tests.Permits;

// dotnet run -c Release --project bench/PermitCms.ExcelBench [-- --lines 20000 --warm 12 --export 10000,100000 --readers raw,import]
// One run: the same workbook of --lines goods lines read by each reader in a fresh process (its first run, then
// --warm more, median), the app's whole import (upload, read, validate, store into SQLite) the same way, and 导出 of
// each size in a fresh process. Child mode: --one NAME FILE WARM | --export-one ROWS.
// The app's content root for the in-process factory: found from the solution folder, as bench/PermitCms.LoadTest does.
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !File.Exists(Path.Combine(root.FullName, "PermitCms.sln")))
{
    root = root.Parent;
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PERMITCMS_WEB", Path.Combine(root!.FullName, "src", "PermitCms.Web"));
if (args is ["--one", var reader, var file, var warmText])
{
    var warm = int.Parse(warmText, CultureInfo.InvariantCulture);
    var stages = new StageLog();
    var childRawNext = new List<Measure>();
    var runs = reader == "import"
        ? await AppRuns.ImportAsync(file, warm + 1, stages, childRawNext)
        : await RepeatAsync(warm + 1, () => Task.FromResult(reader switch
        {
            "raw" => Readers.RawXml(file),
            "miniexcel" => Readers.MiniExcelQuery(file),
            "npoi" => Readers.Npoi(file),
            "closedxml" => Readers.ClosedXml(file),
            _ => throw new ArgumentException(reader),
        }));
    foreach (var line in stages.Lines)
    {
        Console.WriteLine("STAGES " + line);
    }

    foreach (var measure in childRawNext)
    {
        Console.WriteLine("RAWNEXT " + measure);
    }

    Console.WriteLine("RESULT " + string.Join(';', runs));
    return 0;
}

if (args is ["--export-one", var rowsText])
{
    Console.WriteLine("RESULT " + await AppRuns.ExportAsync(int.Parse(rowsText, CultureInfo.InvariantCulture)));
    return 0;
}

var lines = int.Parse(Option("--lines") ?? "20000", CultureInfo.InvariantCulture);
// The JIT settles only after several runs (tiered compilation and dynamic PGO recompile the hot framework code in the
// background for the first 6-8 imports): "steady" is the median of the last 5 runs.
var warmRuns = Option("--warm") ?? "12";
var exports = (Option("--export") ?? "10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var path = Path.Combine(Path.GetTempPath(), $"permitcms-excelbench-{lines}.xlsx");
await File.WriteAllBytesAsync(path, PermitTestData.Workbook(Enumerable.Range(1, lines).Select(PermitTestData.GoodsRow)));
Console.WriteLine($"{lines:N0} goods lines, {new FileInfo(path).Length:N0} bytes: {path}");

var results = new Dictionary<string, List<Measure>>();
var stageLines = new List<string>();
var rawNext = new List<Measure>();
foreach (var name in (Option("--readers") ?? "raw,miniexcel,npoi,closedxml,import").Split(','))
{
    var output = await ChildAsync("--one", name, path, warmRuns);
    results[name] = [.. output.Result.Split(';').Select(Measure.Parse)];
    stageLines.AddRange(output.Tagged.Where(l => l.StartsWith("STAGES ", StringComparison.Ordinal)).Select(l => l["STAGES ".Length..]));
    rawNext.AddRange(output.Tagged.Where(l => l.StartsWith("RAWNEXT ", StringComparison.Ordinal)).Select(l => Measure.Parse(l["RAWNEXT ".Length..])));
}

var raw = results["raw"];
Console.WriteLine($"\n{"reader (fresh process each)",-30} {"first s",8} {"warm s",8} {"steady s",8} {"first/raw",9} {"warm/raw",9} {"steady/raw",10} {"alloc MB",9} {"peak+ MB",9} {"cells|lines",11}");
foreach (var (name, runs) in results)
{
    var (first, warm, steady) = (runs[0], Median(runs.Skip(1)), Median(runs.Skip(1).TakeLast(5)));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Label(name),-30} {first.Seconds,8:F3} {warm.Seconds,8:F3} {steady.Seconds,8:F3} {first.Seconds / raw[0].Seconds,9:F2} {warm.Seconds / Median(raw.Skip(1)).Seconds,9:F2} {steady.Seconds / Median(raw.Skip(1).TakeLast(5)).Seconds,10:F2} {first.AllocatedMb,9:F1} {first.PeakGrowthMb,9:F1} {first.Check,11}"));
}

if (results.TryGetValue("import", out var imports) && rawNext.Count > 0)
{
    // The warm imports beside the raw pass run in the same process just before each (the load changes by the minute).
    var pairs = imports.Skip(1).Zip(rawNext).Select(p => p.First.Seconds / p.Second.Seconds).Order().ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"\nwarm import / raw pass just before it, same process: {string.Join(", ", imports.Skip(1).Zip(rawNext).Select(p => $"{p.First.Seconds:F3}/{p.Second.Seconds:F3} = {p.First.Seconds / p.Second.Seconds:F2}"))}; median {pairs[pairs.Count / 2]:F2}"));
}

Console.WriteLine("\nwhole import by stage (first run, then the warm ones; cpu = the whole process's CPU time in the stage):");
foreach (var line in stageLines)
{
    Console.WriteLine("  " + line);
}

Console.WriteLine($"\n{"导出 (fresh process each)",-30} {"s",8} {"alloc MB",9} {"peak+ MB",9} {"bytes",12}");
foreach (var rows in exports)
{
    var m = Measure.Parse((await ChildAsync("--export-one", rows.ToString(CultureInfo.InvariantCulture))).Result);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{$"{rows:N0} rows",-30} {m.Seconds,8:F3} {m.AllocatedMb,9:F1} {m.PeakGrowthMb,9:F1} {m.Check,12:N0}"));
}

return 0;

static string Label(string name) => name switch
{
    "raw" => "raw XmlReader pass",
    "miniexcel" => "MiniExcel Query (bare read)",
    "npoi" => "NPOI XSSFWorkbook",
    "closedxml" => "ClosedXML XLWorkbook",
    _ => "whole import (HTTP → SQLite)",
};

static Measure Median(IEnumerable<Measure> runs) => runs.OrderBy(r => r.Seconds).ToList() is { Count: > 0 } sorted ? sorted[sorted.Count / 2] : new Measure(double.NaN, 0, 0, 0);

static async Task<List<Measure>> RepeatAsync(int runs, Func<Task<long>> work)
{
    var results = new List<Measure>();
    for (var i = 0; i < runs; i++)
    {
        results.Add(await Measure.OfAsync(work));
    }

    return results;
}

static async Task<(string Result, List<string> Tagged)> ChildAsync(params string[] childArgs)
{
    var start = new ProcessStartInfo("dotnet", [typeof(Readers).Assembly.Location, .. childArgs]) { RedirectStandardOutput = true };
    using var child = Process.Start(start)!;
    var output = await child.StandardOutput.ReadToEndAsync();
    await child.WaitForExitAsync();
    var result = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
    var tagged = output.Split('\n').Where(l => l.StartsWith("STAGES ", StringComparison.Ordinal) || l.StartsWith("RAWNEXT ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
    return (result?["RESULT ".Length..].Trim() ?? throw new InvalidOperationException($"{string.Join(' ', childArgs)} failed:\n{output}"), tagged);
}

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
