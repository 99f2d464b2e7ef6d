using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PermitCms.Core.Data;

namespace PermitCms.Tests.Infrastructure;

/// <summary>
/// The real app in-process on its own SQLite file (or PostgreSQL database), migrated and seeded exactly
/// as at a normal start. The captcha is off unless a test turns it on.
/// </summary>
public class PermitCmsFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);

    public PermitCmsFactory()
    {
        DataDirectory = TestEnvironment.NewTempDirectory("app");
        Set("ConnectionStrings:PermitCms", $"Data Source={Path.Combine(DataDirectory, "permitcms.db")}");
        Set("Captcha:Enabled", "false");
        Set("SignInLimits:Enabled", "false"); // tests that sign in many times; the limit tests turn it on
        Set("Seed:DemoData", "true");
    }

    /// <summary>Where this instance keeps its database and files.</summary>
    public string DataDirectory { get; }

    /// <summary>Sets a configuration value; call before the first request.</summary>
    public PermitCmsFactory Set(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public PermitCmsFactory WithCaptcha() => Set("Captcha:Enabled", "true");

    /// <summary>Runs work against the app's own database in a fresh scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<PermitCmsDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>());
    }

    public Task WithDbAsync(Func<PermitCmsDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>True once the app was built (the first request or <c>Services</c> access).</summary>
    public bool Started { get; private set; }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Started = true;
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pool is left for the OS temp cleaner.
        }
    }
}
