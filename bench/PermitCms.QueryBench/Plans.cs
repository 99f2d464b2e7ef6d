using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Data;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.QueryBench;

/// <summary>EXPLAIN QUERY PLAN (SQLite) or EXPLAIN ANALYZE (PostgreSQL) of each statement on PermitApplications.</summary>
public static class Plans
{
    public static async Task<string> ExplainAsync(PermitCmsFactory app, bool pg, IEnumerable<CapturedCommand> commands)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new System.Text.StringBuilder();
        var all = commands.ToList();
        var others = all.Where(c => !c.Sql.Contains("PermitApplications", StringComparison.Ordinal)).Select(c => c.Sql.ReplaceLineEndings(" ")[..Math.Min(90, c.Sql.Length)]).ToList();
        text.Append($"{all.Count} statements per call; besides those below: {(others.Count == 0 ? "none" : string.Join(" | ", others))}\n\n");
        foreach (var command in commands.Where(c => c.Sql.Contains("PermitApplications", StringComparison.Ordinal)))
        {
            text.Append("```sql\n").Append(command.Sql.Trim()).Append("\n```\n```\n");
            await using var explain = command.Create(connection, pg ? "EXPLAIN (ANALYZE, COSTS OFF) " : "EXPLAIN QUERY PLAN ");
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.Append(reader.GetValue(reader.FieldCount - 1)).Append('\n');
            }

            text.Append("```\n");
        }

        return text.ToString();
    }
}
