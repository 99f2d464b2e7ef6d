using System.Data.Common;

namespace PermitCms.QueryBench;

/// <summary>One SQL statement as EF sent it, to run again through bare ADO.NET.</summary>
public sealed record CapturedCommand(string Sql, List<(string Name, object? Value)> Parameters)
{
    public DbCommand Create(DbConnection connection, string prefix = "")
    {
        var command = connection.CreateCommand();
        command.CommandText = prefix + Sql;
        foreach (var (name, value) in Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs it and reads every value of every row, as EF's materializer must.</summary>
    public async Task RunAsync(DbConnection connection)
    {
        await using var command = Create(connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
        }
    }
}
