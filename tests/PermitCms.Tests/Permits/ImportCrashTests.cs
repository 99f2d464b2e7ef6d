using Microsoft.Data.Sqlite;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>The app process killed (SIGKILL) in the middle of a 10,000-line import: after a restart the lines are all there or none is.</summary>
public sealed class ImportCrashTests
{
    private const int Lines = 10_000;

    [Fact]
    public async Task Killing_the_app_during_a_large_import_leaves_all_or_none_of_it()
    {
        var directory = TestEnvironment.NewTempDirectory("crash");
        var workbook = PermitTestData.Workbook(Enumerable.Range(1, Lines).Select(PermitTestData.GoodsRow));
        var rounds = new List<(int Delay, bool Answered, long Count)>();

        foreach (var delay in new[] { 250, 1000, 4000 })
        {
            await using var app = await AppProcess.StartAsync(directory);
            var http = app.CreateClient();
            await http.SignInAsync(DemoAccounts.Enterprise1);
            var client = new PermitClient(http);
            var id = await client.SaveDraftAsync($"CRASH-{delay}");

            var import = client.UploadAsync(id, "ImportGoods", "file", workbook, "商品.xlsx");
            await Task.WhenAny(import, Task.Delay(delay));
            var answered = import.IsCompletedSuccessfully && (await import).IsSuccessStatusCode;
            app.Kill();
            try
            {
                await import;
            }
            catch (HttpRequestException)
            {
                // The connection died with the process: the client never heard how it ended.
            }

            // Restart on the same file: the database recovers (WAL), and the application is whole or untouched.
            await using var restarted = await AppProcess.StartAsync(directory);
            var count = await CountAsync(directory, id);
            rounds.Add((delay, answered, count));
            TestContext.Current.TestOutputHelper?.WriteLine($"kill at {delay} ms: {(answered ? "answered before the kill" : "in flight")}, {count} lines stored");
            Assert.True(count is 0 or Lines, $"After a kill {delay} ms into the import, {count} of {Lines} lines are stored.");
            Assert.True(!answered || count == Lines, $"The import was answered before the kill at {delay} ms but {count} lines are stored.");
        }

        Assert.Contains(rounds, r => !r.Answered);
    }

    private static async Task<long> CountAsync(string directory, int permitId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "permitcms.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"PermitGoods\" WHERE \"PermitApplicationId\" = $id";
        command.Parameters.AddWithValue("$id", permitId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
