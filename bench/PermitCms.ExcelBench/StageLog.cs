using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PermitCms.ExcelBench;

/// <summary>Keeps the import's per-stage Debug lines (GoodsImport) so that the bench prints where each run's time went.</summary>
internal sealed class StageLog : ILoggerProvider, ILogger
{
    public const string Category = "PermitCms.Permits.Applications.GoodsImport";

    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => lines.Enqueue(formatter(state, exception));

    public void Dispose()
    {
    }
}
