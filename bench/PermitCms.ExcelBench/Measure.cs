using System.Diagnostics;
using System.Globalization;

namespace PermitCms.ExcelBench;

/// <summary>Time, bytes allocated (all threads) and peak resident memory growth of one call.</summary>
internal sealed record Measure(double Seconds, double AllocatedMb, double PeakGrowthMb, long Check)
{
    public static async Task<Measure> OfAsync(Func<Task<long>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        ResetPeak();
        var before = Resident();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var check = await work();
        var seconds = clock.Elapsed.TotalSeconds;
        return new Measure(seconds, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0, (Peak() - before) / 1048576.0, check);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Seconds:F3} {AllocatedMb:F1} {PeakGrowthMb:F1} {Check}");

    public static Measure Parse(string text)
    {
        var p = text.Split(' ');
        return new Measure(double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture), double.Parse(p[2], CultureInfo.InvariantCulture), long.Parse(p[3], CultureInfo.InvariantCulture));
    }

    // Linux: writing 5 to clear_refs resets VmHWM (the peak resident set), so that the peak is this call's own.
    private static void ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static long Resident() => StatusKb("VmRSS:") ?? Process.GetCurrentProcess().WorkingSet64;

    private static long Peak() => StatusKb("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64;

    private static long? StatusKb(string key)
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) : null;
        return line is null ? null : long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
