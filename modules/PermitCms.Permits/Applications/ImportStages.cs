using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PermitCms.Permits.Applications;

/// <summary>
/// Wall-clock time of each stage of one goods import, with the process's CPU time beside it (more CPU than wall
/// time: other threads were busy too; much less: the stage waited), logged at Debug so that a slow import says
/// where its time went (the ExcelBench prints these) instead of being guessed at. The JIT's work in the stage is
/// beside them too (methods compiled, and compile time summed over all threads), as tiered compilation's
/// background recompiles are the usual "other thread".
/// </summary>
internal sealed class ImportStages
{
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly StringBuilder text = new();
    private long last;
    private TimeSpan lastCpu = Environment.CpuUsage.TotalTime;
    private long lastMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
    private TimeSpan lastJit = System.Runtime.JitInfo.GetCompilationTime();

    public ImportStages() => last = started;

    /// <summary>Ends the stage running since the previous mark.</summary>
    public void Mark(string stage)
    {
        var (now, cpu) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
        var (methods, jit) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        text.Append(CultureInfo.InvariantCulture,
            $"{stage} {Stopwatch.GetElapsedTime(last, now).TotalMilliseconds:F0} ms (cpu {(cpu - lastCpu).TotalMilliseconds:F0}, jit {methods - lastMethods}/{(jit - lastJit).TotalMilliseconds:F0} ms), ");
        (last, lastCpu, lastMethods, lastJit) = (now, cpu, methods, jit);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{text}total {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
}
