using Microsoft.Data.Sqlite;

namespace PermitCms.DataGen;

/// <summary>
/// SQLite: one prepared single-row INSERT per table, reused for every row inside a batch transaction. SQLite runs
/// in-process, so a row per command costs no round trip, while Microsoft.Data.Sqlite binds many parameters of one
/// multi-row statement slowly (see GoodsBulkInsert). Durability is relaxed only while the load runs.
/// </summary>
public sealed class SqliteBulkWriter : IBulkWriter
{
    private readonly SqliteConnection _connection;
    private readonly string _synchronous;
    private SqliteTransaction? _transaction;

    private SqliteBulkWriter(SqliteConnection connection, string synchronous)
    {
        _connection = connection;
        _synchronous = synchronous;
    }

    public static async Task<SqliteBulkWriter> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var read = new SqliteCommand("PRAGMA synchronous", connection);
        var synchronous = Convert.ToString(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "2";
        var writer = new SqliteBulkWriter(connection, synchronous);
        await writer.ExecuteAsync("PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -200000;", cancellationToken);
        return writer;
    }

    public async Task BeginBatchAsync(CancellationToken cancellationToken)
        => _transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);

    public Task<IRowSink> OpenAsync(string table, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        command.Prepare();
        return Task.FromResult<IRowSink>(new Sink(command));
    }

    public async Task CommitBatchAsync(CancellationToken cancellationToken)
    {
        await _transaction!.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, _connection, _transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new SqliteCommand(sql, _connection, _transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken) is { } v and not DBNull ? v : 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync($"PRAGMA synchronous = {_synchronous}; PRAGMA wal_checkpoint(TRUNCATE);", CancellationToken.None);
        await _connection.DisposeAsync();
    }

    private sealed class Sink(SqliteCommand command) : IRowSink
    {
        public async Task WriteAsync(object?[] row, CancellationToken cancellationToken)
        {
            for (var i = 0; i < row.Length; i++)
            {
                command.Parameters[i].Value = row[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }
}
