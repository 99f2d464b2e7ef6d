using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PermitCms.Permits.Applications;

/// <summary>
/// Wall-clock time of each stage of one goods import, with the process's CPU time beside it (more CPU than wall
/// time: other threads were busy too; much less: the stage waited), logged at Debug so that a slow import says
/// where its time went (the ExcelBench prints these) instead of being guessed at.
/// </summary>
internal sealed class ImportStages
{
    private readonly long started = Stopwatch.GetTimestamp();
    private readonly StringBuilder text = new();
    private long last;
    private TimeSpan lastCpu = Environment.CpuUsage.TotalTime;

    public ImportStages() => last = started;

    /// <summary>Ends the stage running since the previous mark.</summary>
    public void Mark(string stage)
    {
        var (now, cpu) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
        text.Append(CultureInfo.InvariantCulture, $"{stage} {Stopwatch.GetElapsedTime(last, now).TotalMilliseconds:F0} ms (cpu {(cpu - lastCpu).TotalMilliseconds:F0}), ");
        (last, lastCpu) = (now, cpu);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{text}total {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");
}
