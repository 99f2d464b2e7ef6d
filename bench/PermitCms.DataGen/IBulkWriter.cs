namespace PermitCms.DataGen;

/// <summary>A provider's bulk path: batches in transactions, one <see cref="IRowSink"/> per table and batch.</summary>
public interface IBulkWriter : IAsyncDisposable
{
    Task BeginBatchAsync(CancellationToken cancellationToken);

    Task<IRowSink> OpenAsync(string table, IReadOnlyList<string> columns, CancellationToken cancellationToken);

    Task CommitBatchAsync(CancellationToken cancellationToken);

    /// <summary>Runs one statement outside any bulk table (counters, sequences, statistics).</summary>
    Task ExecuteAsync(string sql, CancellationToken cancellationToken);

    Task<long> ScalarAsync(string sql, CancellationToken cancellationToken);
}
