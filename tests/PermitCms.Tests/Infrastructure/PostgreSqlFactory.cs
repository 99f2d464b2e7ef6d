using Npgsql;

namespace PermitCms.Tests.Infrastructure;

/// <summary>
/// The app on the throwaway PostgreSQL server that test.sh starts, in a database of its own that is
/// created by the app's migrations and dropped afterwards.
/// </summary>
public sealed class PostgreSqlFactory : PermitCmsFactory
{
    public PostgreSqlFactory()
    {
        if (TestEnvironment.PostgresConnectionString is { } server)
        {
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"permitcms_test_{Guid.NewGuid():N}" };
            DatabaseName = builder.Database;
            Set("Database:Provider", "PostgreSql");
            Set("ConnectionStrings:PermitCms", builder.ToString());
        }
    }

    public string? DatabaseName { get; }

    /// <summary>Skips locally, fails in CI, when no PostgreSQL server was started for the tests.</summary>
    public static void RequireServer() => TestEnvironment.RequireDependency(TestEnvironment.PostgresConnectionString is not null, "PostgreSQL (PERMITCMS_TEST_POSTGRES)");

    public override async ValueTask DisposeAsync()
    {
        if (DatabaseName is not null && Started)
        {
            await WithDbAsync(db => db.Database.EnsureDeletedAsync());
        }

        await base.DisposeAsync();
    }
}
