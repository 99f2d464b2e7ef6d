using System.Text.Json;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Hosting;

/// <summary>/health: states for anyone (a load balancer), descriptions and exception text for administrators only.</summary>
public sealed class HealthDetailsTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_callers_get_the_states_only()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/health", Ct));

        Assert.Equal(["checks", "status"], Names(json.RootElement));
        Assert.Equal(["status"], Names(json.RootElement.GetProperty("checks").GetProperty("database")));
    }

    [Fact]
    public async Task Signed_in_users_other_than_administrators_get_the_states_only()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Enterprise1);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/health", Ct));

        Assert.Equal(["status"], Names(json.RootElement.GetProperty("checks").GetProperty("database")));
    }

    [Fact]
    public async Task Administrators_get_descriptions_errors_and_timings()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/health", Ct));

        Assert.Equal(["checks", "status", "totalMilliseconds"], Names(json.RootElement));
        Assert.Equal(["description", "error", "status"], Names(json.RootElement.GetProperty("checks").GetProperty("database")));
    }

    [Fact]
    public async Task A_failing_database_check_tells_anonymous_callers_no_exception_text()
    {
        await using var app = new PermitCmsFactory();
        var client = app.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health", Ct)).StatusCode);

        // Take the database file away (a directory in its place cannot be opened).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = Path.Combine(app.DataDirectory, "permitcms.db");
        foreach (var part in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(part);
        }

        Directory.CreateDirectory(file);
        var response = await client.GetAsync("/health", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("""{"status":"Unhealthy","checks":{"database":{"status":"Unhealthy"}}}""", body);
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
}
