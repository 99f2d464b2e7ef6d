using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;

namespace PermitCms.Web.Data;

/// <summary>Chooses the EF Core provider from configuration and brings the schema up to date.</summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "PermitCms";

    /// <remarks>
    /// The context is still one per request, leased from a pool: EF resets a returned context (change tracker, events
    /// subscribed after construction, transactions) and the next request reuses it, instead of every request building
    /// options, a context and its internal services (about 7 % of the query page's CPU in a profile, docs/performance.md §3).
    /// The context therefore holds no state of its own, and takes nothing but its options.
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

            services.AddDbContextPool<PermitCmsDbContext, PostgreSqlPermitCmsDbContext>((sp, o) => o.UseNpgsql(connectionString).UseModules(sp.GetRequiredService<ModuleCatalog>()));
        }
        else if (string.Equals(options.Provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = SqliteConnectionString(connectionString, environment.ContentRootPath);
            services.AddDbContextPool<PermitCmsDbContext, SqlitePermitCmsDbContext>((sp, o) => o.UseSqlite(sqlite).UseModules(sp.GetRequiredService<ModuleCatalog>()));
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
