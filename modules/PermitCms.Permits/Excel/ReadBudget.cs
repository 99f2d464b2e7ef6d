using System.Diagnostics;

namespace PermitCms.Permits.Excel;

/// <summary>
/// What one upload may cost: decompressed bytes actually produced (the zip's declared sizes are the sender's
/// word, so they are not trusted) and wall-clock time; the request's cancellation is honoured at every check.
/// </summary>
public sealed class ReadBudget(long maxBytes, TimeSpan maxTime, CancellationToken cancellationToken)
{
    private readonly long started = Stopwatch.GetTimestamp();
    private long bytes;

    public CancellationToken CancellationToken => cancellationToken;

    public void Check()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetElapsedTime(started) > maxTime)
        {
            throw new WorkbookRefusedException($"文件处理超过 {maxTime.TotalSeconds:0} 秒仍未完成，已停止：请删除多余的内容或拆分后重试");
        }
    }

    public void Consume(int count)
    {
        bytes += count;
        if (bytes > maxBytes)
        {
            throw new WorkbookRefusedException($"工作簿解压后超过 {maxBytes / 1024 / 1024} MB（疑似压缩炸弹或内容过多），已拒绝");
        }

        Check();
    }
}
