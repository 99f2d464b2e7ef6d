using Npgsql;

namespace PermitCms.DataGen;

/// <summary>PostgreSQL: binary COPY per table and batch (Npgsql's BeginBinaryImport), inside a batch transaction.</summary>
public sealed class PostgresBulkWriter : IBulkWriter
{
    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _transaction;

    private PostgresBulkWriter(NpgsqlConnection connection) => _connection = connection;

    public static async Task<PostgresBulkWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var writer = new PostgresBulkWriter(connection);
        // Only this session: a lost load is simply generated again.
        await writer.ExecuteAsync("SET synchronous_commit = off", cancellationToken);
        return writer;
    }

    public async Task BeginBatchAsync(CancellationToken cancellationToken)
        => _transaction = await _connection.BeginTransactionAsync(cancellationToken);

    public async Task<IRowSink> OpenAsync(string table, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
        return new Sink(await _connection.BeginBinaryImportAsync(copy, cancellationToken));
    }

    public async Task CommitBatchAsync(CancellationToken cancellationToken)
    {
        await _transaction!.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection, _transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, _connection, _transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) is { } v and not DBNull ? v : 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private sealed class Sink(NpgsqlBinaryImporter importer) : IRowSink
    {
        public Task WriteAsync(object?[] row, CancellationToken cancellationToken) => importer.WriteRowAsync(cancellationToken, row!);

        public async ValueTask DisposeAsync()
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
        }
    }
}
