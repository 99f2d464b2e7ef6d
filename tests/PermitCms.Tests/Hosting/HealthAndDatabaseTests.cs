using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Web.Data;

namespace PermitCms.Tests.Hosting;

public sealed class HealthAndDatabaseTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    [Fact]
    public async Task Health_reports_the_database_as_healthy_without_sign_in()
    {
        var response = await factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Sqlite_file_is_created_migrated_and_in_wal_mode()
    {
        await factory.WithDbAsync(async db =>
        {
            Assert.True(db.Database.IsSqlite());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal("wal", mode);
        });
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "permitcms.db")));
    }

    [Fact]
    public void Default_sqlite_database_lives_in_App_Data_under_the_content_root()
    {
        var connectionString = DatabaseSetup.SqliteConnectionString(null, "/srv/permitcms");

        Assert.Contains("Data Source=/srv/permitcms/App_Data/permitcms.db", connectionString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Enterprise1);

        var keys = await factory.WithDbAsync(db => db.DataProtectionKeys.CountAsync());
        Assert.True(keys >= 1, "No Data Protection key was stored in the database.");
    }
}
