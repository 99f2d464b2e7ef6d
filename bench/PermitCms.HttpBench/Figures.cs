namespace PermitCms.HttpBench;

/// <summary>
/// One measured endpoint: throughput and latency percentiles (ms), and the app process's CPU time per request (ms;
/// user + system, every thread, so GC and the JIT included; the load generator's CPU is not in it).
/// </summary>
internal sealed record Figures(string Name, double RequestsPerSecond, double P50, double P99, long Requests, long Failures)
{
    public double AppCpuMsPerRequest { get; init; } = double.NaN;

    /// <summary>Runs <paramref name="measure"/> and adds the app's CPU time it took, per request.</summary>
    public static async Task<Figures> WithAppCpuAsync(AppLauncher app, Func<Task<Figures>> measure)
    {
        var before = app.CpuTime();
        var figures = await measure();
        return figures with { AppCpuMsPerRequest = (app.CpuTime() - before).TotalMilliseconds / Math.Max(1, figures.Requests) };
    }

    public static Figures FromTimes(string name, List<double> times, TimeSpan elapsed, long failures)
    {
        times.Sort();
        double At(double q) => times.Count == 0 ? double.NaN : times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * q) - 1)];
        return new Figures(name, times.Count / elapsed.TotalSeconds, At(0.50), At(0.99), times.Count, failures);
    }
}
