namespace PermitCms.HttpBench;

/// <summary>One measured endpoint: throughput and latency percentiles (ms).</summary>
internal sealed record Figures(string Name, double RequestsPerSecond, double P50, double P99, long Requests, long Failures)
{
    public static Figures FromTimes(string name, List<double> times, TimeSpan elapsed, long failures)
    {
        times.Sort();
        double At(double q) => times.Count == 0 ? double.NaN : times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * q) - 1)];
        return new Figures(name, times.Count / elapsed.TotalSeconds, At(0.50), At(0.99), times.Count, failures);
    }
}
