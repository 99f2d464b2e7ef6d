using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.PostgreSql;

/// <summary>Migrations, seeding, health and sign-in again on a real PostgreSQL server.</summary>
public sealed class PostgreSqlTests : IAsyncLifetime
{
    private readonly PostgreSqlFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrations_apply_and_the_demo_data_is_seeded()
    {
        PostgreSqlFactory.RequireServer();

        await _factory.WithDbAsync(async db =>
        {
            Assert.True(db.Database.IsNpgsql());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
            Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(Ct));
            Assert.Equal(2, await db.Enterprises.CountAsync(Ct));
            Assert.Equal(5, await db.Users.CountAsync(Ct)); // two enterprise users, reviewer, administrator, customs
        });

        var health = await _factory.CreateClient().GetStringAsync("/health", Ct);
        Assert.Contains("\"status\":\"Healthy\"", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enterprise_user_signs_in_and_keys_are_stored_in_postgresql()
    {
        PostgreSqlFactory.RequireServer();
        var client = _factory.CreateBrowserLikeClient();

        await client.SignInAsync(DemoAccounts.Enterprise2);
        var home = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(DemoAccounts.Enterprise2Name, await home.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(await _factory.WithDbAsync(db => db.DataProtectionKeys.AnyAsync(Ct)));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
