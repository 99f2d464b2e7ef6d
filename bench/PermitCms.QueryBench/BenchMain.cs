using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PermitCms.Core.Data;
using PermitCms.DataGen;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.QueryBench;

/// <summary>
/// <c>dotnet run -c Release --project bench/PermitCms.QueryBench -- [--sizes 10000,100000] [--reps 30] [--postgres "Host=…"]</c>
/// (PostgreSQL also from PERMITCMS_TEST_POSTGRES; [--databases sqlite|postgres] runs one of them). Per database and size: a fresh app database, the generator, then per
/// condition the p50/p95 of IPermitQueries.PageAsync beside the same SQL run bare through ADO.NET, and the plans.
/// </summary>
internal static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        var sizes = (Option(args, "--sizes") ?? "10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var reps = int.Parse(Option(args, "--reps") ?? "30", CultureInfo.InvariantCulture);
        var postgres = Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("PERMITCMS_TEST_POSTGRES");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PERMITCMS_WEB", AppContext.BaseDirectory);
        using var capture = new CommandCapture();
        // --databases sqlite|postgres: one of the two only (a rerun of one database after a change).
        var only = Option(args, "--databases");
        foreach (var pg in (postgres is null ? [false] : new[] { false, true }).Where(pg => only is null || only == (pg ? "postgres" : "sqlite")))
        {
            foreach (var size in sizes)
            {
                await using var app = new PermitCmsFactory();
                if (pg)
                {
                    var builder = new NpgsqlConnectionStringBuilder(postgres) { Database = $"permitcms_bench_{Guid.NewGuid():N}" };
                    app.Set("Database:Provider", "PostgreSql").Set("ConnectionStrings:PermitCms", builder.ToString());
                }

                var connection = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
                var generated = await BulkWriters.GenerateAsync(pg, connection, new GeneratorOptions(size, Math.Max(10, size / 2000), 4, 42, new DateOnly(2026, 11, 30)), default);
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"\n## {(pg ? "PostgreSQL" : "SQLite")}, {size:N0} applications (generated in {generated.Elapsed.TotalSeconds:F1} s, {size / generated.Elapsed.TotalSeconds:N0}/s)\n"));
                await RunCasesAsync(app, pg, capture, reps);
                if (pg)
                {
                    await app.WithDbAsync(db => db.Database.EnsureDeletedAsync());
                }
            }
        }

        return 0;
    }

    private static async Task RunCasesAsync(PermitCmsFactory app, bool pg, CommandCapture capture, int reps)
    {
        var cases = await BenchCases.BuildAsync(app);
        var plans = new List<string>();
        await Console.Out.WriteLineAsync("| condition | rows | service p50 | p95 | bare SQL p50 | p95 | ratio p50 | ratio p95 |\n|---|---|---|---|---|---|---|---|");
        foreach (var c in cases)
        {
            capture.Commands.Clear();
            capture.Capturing = true;
            var total = (await PageAsync(app, c)).Total;
            capture.Capturing = false;
            var commands = capture.Commands.ToList();
            var service = new List<double>();
            var bare = new List<double>();
            for (var i = 0; i < reps; i++)
            {
                var clock = Stopwatch.StartNew();
                await PageAsync(app, c);
                service.Add(clock.Elapsed.TotalMilliseconds);
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>().Database.GetDbConnection();
                await db.OpenAsync();
                clock.Restart();
                foreach (var command in commands)
                {
                    await command.RunAsync(db);
                }

                bare.Add(clock.Elapsed.TotalMilliseconds);
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| {c.Name} | {total:N0} | {P(service, 50):F2} | {P(service, 95):F2} | {P(bare, 50):F2} | {P(bare, 95):F2} | {P(service, 50) / P(bare, 50):F2} | {P(service, 95) / P(bare, 95):F2} |"));
            plans.Add($"### {c.Name}\n" + await Plans.ExplainAsync(app, pg, commands));
        }

        await Console.Out.WriteLineAsync("\n" + string.Join("\n", plans));
    }

    private static async Task<PermitListPage> PageAsync(PermitCmsFactory app, BenchCase c)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPermitQueries>().PageAsync(c.Scope, c.Query, c.PageNo, PermitQuery.DefaultPageSize, c.Order, default);
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
