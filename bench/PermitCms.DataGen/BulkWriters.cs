namespace PermitCms.DataGen;

/// <summary>The bulk path of the configured provider ("Sqlite" or "PostgreSql", as Database:Provider names it).</summary>
public static class BulkWriters
{
    public static async Task<IBulkWriter> OpenAsync(bool postgreSql, string connectionString, CancellationToken cancellationToken)
        => postgreSql
            ? await PostgresBulkWriter.OpenAsync(connectionString, cancellationToken)
            : await SqliteBulkWriter.OpenAsync(connectionString, cancellationToken);

    /// <summary>Generates into a migrated, seeded database, then refreshes its planner statistics where asked.</summary>
    public static async Task<PermitDataGenerator.Result> GenerateAsync(bool postgreSql, string connectionString, GeneratorOptions options, CancellationToken cancellationToken)
    {
        await using var writer = await OpenAsync(postgreSql, connectionString, cancellationToken);
        var result = await new PermitDataGenerator(writer, options).RunAsync(cancellationToken);
        if (postgreSql)
        {
            // The identity columns were bypassed by explicit ids; autovacuum would gather statistics later on its own.
            await writer.ExecuteAsync("SELECT setval(pg_get_serial_sequence('\"PermitApplications\"', 'Id'), (SELECT MAX(\"Id\") FROM \"PermitApplications\"))", cancellationToken);
            await writer.ExecuteAsync("SELECT setval(pg_get_serial_sequence('\"Enterprises\"', 'Id'), (SELECT MAX(\"Id\") FROM \"Enterprises\"))", cancellationToken);
            await writer.ExecuteAsync("ANALYZE", cancellationToken);
        }

        return result;
    }
}
