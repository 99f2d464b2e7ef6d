using System.Diagnostics;

namespace PermitCms.HttpBench;

/// <summary>
/// A closed loop of <c>connections</c> workers for requests wrk cannot make (a POST that needs its own application
/// per worker), and /health the same way, so that the POST's ratio compares like with like.
/// </summary>
internal static class ClientLoop
{
    /// <param name="request">Worker index and request number; true when the answer was the expected one.</param>
    /// <param name="unit">A worker stops only after a multiple of this many requests (2: a 申报 is always followed by its 撤回).</param>
    public static async Task<Figures> RunAsync(string name, int connections, int seconds, Func<int, long, Task<bool>> request, int unit = 1)
    {
        var times = new List<double>[connections];
        var failures = new long[connections];
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(w => Task.Run(async () =>
        {
            times[w] = [];
            for (long i = 0; clock.Elapsed < deadline || i % unit != 0; i++)
            {
                var started = clock.Elapsed;
                var ok = await request(w, i);
                times[w].Add((clock.Elapsed - started).TotalMilliseconds);
                failures[w] += ok ? 0 : 1;
            }
        })));
        return Figures.FromTimes(name, [.. times.SelectMany(t => t)], clock.Elapsed, failures.Sum());
    }
}
