using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Web.Data;

/// <summary>Chooses the EF Core provider from configuration and brings the schema up to date.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "PermitCms";

    /// <remarks>
    /// The context is per request; its options (provider and connection string, nothing per request) are built once,
    /// not for every request's context (measured: a few per cent of the query page's CPU, docs/performance.md §3).
    /// </remarks>
    public static IServiceCollection AddPermitCmsDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        if (string.Equals(options.Provider, DatabaseOptions.PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:PermitCms is not set.");
            }

            services.AddDbContext<PermitCmsDbContext, PostgreSqlPermitCmsDbContext>(o => o.UseNpgsql(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        }
        else if (string.Equals(options.Provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = SqliteConnectionString(connectionString, environment.ContentRootPath);
            services.AddDbContext<PermitCmsDbContext, SqlitePermitCmsDbContext>(o => o.UseSqlite(sqlite), optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported; use '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.PostgreSql}'.");
        }

        return services;
    }

    /// <summary>Default: App_Data/permitcms.db under the content root; a relative path is made absolute there too.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/permitcms.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        // Writers wait for one another instead of failing at once with "database is locked".
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PermitCmsDbContext>();
        if (db.Database.IsSqlite())
        {
            var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(path) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }

            await db.Database.MigrateAsync(cancellationToken);
            // WAL lets readers go on while one request writes; the mode is stored in the file itself.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
