using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace PermitCms.HttpBench;

/// <summary>The bench's SQLite file: generated once per size by bench/PermitCms.DataGen, then reused.</summary>
internal static class Database
{
    public static async Task PrepareAsync(string solutionRoot, string database, int count)
    {
        if (!File.Exists(database))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database)!);
            var generator = Path.Combine(solutionRoot, "bench", "PermitCms.DataGen", "bin", "Release", "net10.0", "PermitCms.DataGen.dll");
            using var run = Process.Start(new ProcessStartInfo("dotnet", [generator, "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--sqlite", database, "--until", "2026-11-30"]))!;
            await run.WaitForExitAsync();
            if (run.ExitCode != 0)
            {
                File.Delete(database);
                throw new InvalidOperationException("The data generator failed.");
            }
        }

        // The demo user ent1 joins the largest generated enterprise (idempotent), so that its list has volume.
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE AspNetUsers SET EnterpriseId = (SELECT EnterpriseId FROM PermitApplications GROUP BY EnterpriseId ORDER BY COUNT(*) DESC LIMIT 1) WHERE UserName = 'ent1'";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>How many of the given applications are in each state, e.g. "Draft 16".</summary>
    public static async Task<string> StatesAsync(string database, int[] ids)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT WorkflowState, COUNT(*) FROM PermitApplications WHERE Id IN ({string.Join(',', ids)}) GROUP BY WorkflowState";
        await using var reader = await command.ExecuteReaderAsync();
        var parts = new List<string>();
        while (await reader.ReadAsync())
        {
            parts.Add($"{reader.GetString(0)} {reader.GetInt64(1)}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>Goods lines written straight into the file, with the application's revision raised as the app would.</summary>
    public static async Task InsertGoodsAsync(string database, int permitId, int lines)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO PermitGoods (PermitApplicationId, LineNo, Title, OriginalTitle, HsCode, CarrierCode, Publisher, CountryCode, LanguageCode, Quantity, UnitCode, UnitPrice, TotalPrice, CurrencyCode)
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {lines})
            SELECT {permitId}, i, '交响曲 ' || i, 'Symphony ' || i, '8523499020', 'CD', 'Deutsche Grammophon', 'DE', 'de', 10 + i % 50, '010', '12.35', printf('%.2f', (10 + i % 50) * 12.35), 'EUR' FROM n;
            UPDATE PermitApplications SET Revision = Revision + 1 WHERE Id = {permitId};
            """;
        await command.ExecuteNonQueryAsync();
    }
}
