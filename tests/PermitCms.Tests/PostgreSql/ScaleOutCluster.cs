using System.Net;
using Npgsql;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.PostgreSql;

/// <summary>
/// Two app instances — two processes of the built app, each on its own 127.0.0.1 port — on one PostgreSQL
/// database of their own. A creates and migrates it, then B starts on the same connection string; nothing is
/// shared between them but the database (Data Protection keys included). Started on first use, so that a test
/// without PostgreSQL can call <see cref="PostgreSqlFactory.RequireServer"/> first; dropped afterwards.
/// </summary>
public class ScaleOutCluster : IAsyncDisposable
{
    public const string WebhookSecret = "scale-out-test-secret";

    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly string? _connectionString;
    private bool _started;

    public ScaleOutCluster()
    {
        if (TestEnvironment.PostgresConnectionString is { } server)
        {
            _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = $"permitcms_scale_{Guid.NewGuid():N}" }.ToString();
        }
    }

    public AppProcess A { get; private set; } = null!;

    public AppProcess B { get; private set; } = null!;

    /// <summary>The tests of this collection share one pair and run one after another: each start migrates, seeds and costs seconds.</summary>
    public const string Collection = "ScaleOut";

    /// <summary>Settings both instances get, over AppProcess's defaults; subclasses add theirs.</summary>
    protected virtual Dictionary<string, string> Settings() => new()
    {
        ["Database__Provider"] = "PostgreSql",
        ["ConnectionStrings__PermitCms"] = _connectionString!,
        ["Workflows__Webhooks__Secret"] = WebhookSecret,
        ["Workflows__Webhooks__PollInterval"] = "00:00:00.500",
    };

    public async Task StartAsync()
    {
        PostgreSqlFactory.RequireServer();
        await _start.WaitAsync();
        try
        {
            if (B is null)
            {
                _started = true; // from here on the database may exist and is dropped at the end
                A ??= await AppProcess.StartAsync(Settings());
                B = await AppProcess.StartAsync(Settings());
            }
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>Clients of A and B that share one cookie jar, like one browser (cookies do not depend on the port).</summary>
    public (HttpClient A, HttpClient B) OneBrowser()
    {
        var handler = AppProcess.ServerErrorsToTestOutput(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }, A!, B!);
        return (new HttpClient(handler, disposeHandler: false) { BaseAddress = A.BaseAddress },
                new HttpClient(handler, disposeHandler: false) { BaseAddress = B.BaseAddress });
    }

    /// <summary>A connection to the instances' database, for setting up and checking rows behind their back.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql, params object[] values)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            if (A is not null)
            {
                await A.DisposeAsync();
            }

            if (B is not null)
            {
                await B.DisposeAsync();
            }

            var database = new NpgsqlConnectionStringBuilder(_connectionString).Database;
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres", Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        _start.Dispose();
        GC.SuppressFinalize(this);
    }
}
