using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PermitCms.DataGen;

/// <summary>
/// <c>dotnet run -c Release --project bench/PermitCms.DataGen -- --count 1000000 [--enterprises 500] [--years 4]
/// [--seed 42] [--until 2026-11-30] [--postgres "Host=…"] [--sqlite path.db]</c>: migrates and seeds the database
/// by starting the real app (in-process, no port), then bulk-loads and prints the speed.
/// </summary>
internal static class GenerateMain
{
    public static async Task<int> Main(string[] args)
    {
        var postgres = Option(args, "--postgres");
        var sqlite = Option(args, "--sqlite") ?? Path.Combine(Path.GetTempPath(), "permitcms-datagen.db");
        var options = new GeneratorOptions(
            Applications: int.Parse(Option(args, "--count") ?? "10000", CultureInfo.InvariantCulture),
            Enterprises: int.Parse(Option(args, "--enterprises") ?? "500", CultureInfo.InvariantCulture),
            Years: int.Parse(Option(args, "--years") ?? "4", CultureInfo.InvariantCulture),
            Seed: int.Parse(Option(args, "--seed") ?? "42", CultureInfo.InvariantCulture),
            Until: Option(args, "--until") is { } until ? DateOnly.Parse(until, CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        var connection = postgres ?? $"Data Source={sqlite}";

        // WebApplicationFactory looks for the host's sources otherwise; the build output is all start-up needs.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PERMITCMS_WEB", AppContext.BaseDirectory);

        // Migrations and the seed (workflow, code lists, demo users) are the app's own start-up.
        await using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:PermitCms", connection);
            b.UseSetting("Database:Provider", postgres is null ? "Sqlite" : "PostgreSql");
            b.UseSetting("Seed:DemoData", Option(args, "--demo") ?? "true");
        }))
        {
            _ = app.Services;
        }

        await Console.Out.WriteLineAsync($"{(postgres is null ? "SQLite " + sqlite : "PostgreSQL")}: {options}");
        var result = await BulkWriters.GenerateAsync(postgres is not null, connection, options, CancellationToken.None);
        var seconds = result.Elapsed.TotalSeconds;
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{result.Applications:N0} applications, {result.Goods:N0} goods lines, {result.History:N0} history rows, {result.Enterprises} enterprises in {seconds:F1} s: {result.Applications / seconds:N0} applications/s"));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
