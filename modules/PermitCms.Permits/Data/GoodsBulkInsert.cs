using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PermitCms.Core.Data;

namespace PermitCms.Permits.Data;

/// <summary>
/// Inserts many goods lines in the caller's transaction (so that a failure anywhere leaves none behind). EF's
/// AddRange + SaveChanges took about 8 s for 10,000 lines. Measured for 20,000 lines on SQLite (ExcelBench,
/// docs/performance.md §4): one reused single-row command costs ~15–35 µs a row in Microsoft.Data.Sqlite's
/// per-execution binding, and a multi-row command with parameters is worse, since SQLite finds each parameter by
/// name in a list (time grows with the square of their number); multi-row INSERT … VALUES of literals, 200 rows
/// a statement, takes a quarter of the single-row time. PostgreSQL wants few round trips: 200 rows a command,
/// with parameters.
/// </summary>
public static class GoodsBulkInsert
{
    /// <summary>
    /// SQLite: about 30,000 characters of SQL a statement, so that neither the text nor its UTF-8 copy lands on the
    /// large object heap (whose churn sets off full collections); 500 rows a statement was no faster.
    /// </summary>
    internal const int SqliteRowsPerStatement = 200;

    private const int PostgreSqlRowsPerCommand = 200;

    private static readonly string[] Columns =
    [
        nameof(PermitGoods.PermitApplicationId), nameof(PermitGoods.LineNo), nameof(PermitGoods.Title), nameof(PermitGoods.OriginalTitle),
        nameof(PermitGoods.HsCode), nameof(PermitGoods.CarrierCode), nameof(PermitGoods.Publisher), nameof(PermitGoods.CountryCode),
        nameof(PermitGoods.LanguageCode), nameof(PermitGoods.Quantity), nameof(PermitGoods.UnitCode), nameof(PermitGoods.UnitPrice),
        nameof(PermitGoods.TotalPrice), nameof(PermitGoods.CurrencyCode),
    ];

    public static async Task InsertAsync(PermitCmsDbContext db, IReadOnlyList<PermitGoods> goods, CancellationToken cancellationToken)
    {
        await using var writer = Writer(db, cancellationToken);
        foreach (var line in goods)
        {
            writer.Add(line);
        }

        await writer.CompleteAsync();
    }

    /// <summary>
    /// The transaction a <see cref="Writer"/> inserts in. On SQLite it is DEFERRED: the database's one write lock is
    /// taken by the first INSERT, when the first 200 lines are read, not at BEGIN (Microsoft.Data.Sqlite's default,
    /// IMMEDIATE), so that reading a workbook holds no lock other writers wait for, and a small workbook, whose lines
    /// all go in at <see cref="GoodsBulkWriter.CompleteAsync"/>, holds it as briefly as before. PostgreSQL: a plain one.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginAsync(PermitCmsDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not Microsoft.Data.Sqlite.SqliteConnection sqlite)
        {
            return await db.Database.BeginTransactionAsync(cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return new ConnectionClosing(db, (await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: true), cancellationToken))!);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>The SQLite transaction of <see cref="BeginAsync"/>: once it is over, the connection it opened is closed again.</summary>
    private sealed class ConnectionClosing(PermitCmsDbContext db, IDbContextTransaction inner) : IDbContextTransaction
    {
        public Guid TransactionId => inner.TransactionId;

        public void Commit() => inner.Commit();

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public void Rollback() => inner.Rollback();

        public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

        public void Dispose()
        {
            inner.Dispose();
            db.Database.CloseConnection();
        }

        public async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// A <see cref="GoodsBulkWriter"/> in the caller's transaction: lines given to it are inserted, a statement of
    /// 200 at a time, on another thread while the caller goes on (the import reads and validates the next rows).
    /// </summary>
    public static GoodsBulkWriter Writer(PermitCmsDbContext db, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk insert runs inside the caller's transaction, so that a failure leaves nothing behind.");
        var table = db.Model.FindEntityType(typeof(PermitGoods))!.GetTableName()!;
        var insert = $"INSERT INTO \"{table}\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ";
        return db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection
            ? new GoodsBulkWriter(SqliteRowsPerStatement, (batches, ct) => InsertLiteralsAsync(transaction, insert, batches, ct), cancellationToken)
            : new GoodsBulkWriter(PostgreSqlRowsPerCommand, (batches, ct) => InsertParametersAsync(transaction, insert, batches, ct), cancellationToken);
    }

    private static async Task InsertLiteralsAsync(DbTransaction transaction, string insert, IAsyncEnumerable<ArraySegment<PermitGoods>> batches, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder();
        await foreach (var chunk in batches)
        {
            sql.Clear().Append(insert);
            for (var r = 0; r < chunk.Count; r++)
            {
                var g = chunk[r];
                sql.Append(r == 0 ? "(" : ", (");
                SqliteLiteral.AppendInteger(sql, g.PermitApplicationId);
                sql.Append(", ");
                SqliteLiteral.AppendInteger(sql, g.LineNo);
                foreach (var text in (ReadOnlySpan<string>)[g.Title, g.OriginalTitle, g.HsCode, g.CarrierCode, g.Publisher, g.CountryCode, g.LanguageCode])
                {
                    sql.Append(", ");
                    SqliteLiteral.AppendText(sql, text);
                }

                sql.Append(", ");
                SqliteLiteral.AppendInteger(sql, g.Quantity);
                sql.Append(", ");
                SqliteLiteral.AppendText(sql, g.UnitCode);
                sql.Append(", ");
                SqliteLiteral.AppendDecimal(sql, g.UnitPrice);
                sql.Append(", ");
                SqliteLiteral.AppendDecimal(sql, g.TotalPrice);
                sql.Append(", ");
                SqliteLiteral.AppendText(sql, g.CurrencyCode);
                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task InsertParametersAsync(DbTransaction transaction, string insert, IAsyncEnumerable<ArraySegment<PermitGoods>> batches, CancellationToken cancellationToken)
    {
        DbCommand? full = null;
        try
        {
            await foreach (var chunk in batches)
            {
                var command = chunk.Count == PostgreSqlRowsPerCommand
                    ? full ??= Create(transaction, insert, PostgreSqlRowsPerCommand)
                    : Create(transaction, insert, chunk.Count);
                for (var r = 0; r < chunk.Count; r++)
                {
                    var g = chunk[r];
                    object[] values =
                    [
                        g.PermitApplicationId, g.LineNo, g.Title, g.OriginalTitle, g.HsCode, g.CarrierCode, g.Publisher, g.CountryCode,
                        g.LanguageCode, g.Quantity, g.UnitCode, g.UnitPrice, g.TotalPrice, g.CurrencyCode,
                    ];
                    for (var c = 0; c < values.Length; c++)
                    {
                        command.Parameters[(r * Columns.Length) + c].Value = values[c];
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private static DbCommand Create(DbTransaction transaction, string insert, int rows)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder(insert);
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < Columns.Length; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{r}_{c}";
                command.Parameters.Add(parameter);
                sql.Append(c == 0 ? parameter.ParameterName : ", " + parameter.ParameterName);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }
}
