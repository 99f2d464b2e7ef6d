using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Accounts;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Workflows.Timers;

namespace PermitCms.Tests.Accounts;

/// <summary>
/// Open sessions follow a changed security stamp (a lock, a new role, a new password) within the one-minute
/// interval: the app checks the interval before it builds Identity's validator, and must still hand over to it.
/// </summary>
public sealed class SessionRevalidationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 9, 14, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly TestClock clock = new(Start);
    private readonly ClockedApp app;

    public SessionRevalidationTests() => app = new ClockedApp(clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_changed_stamp_ends_the_session_after_the_interval_and_an_unchanged_one_goes_on()
    {
        var ct = TestContext.Current.CancellationToken;
        var changed = app.CreateBrowserLikeClient();
        await changed.SignInAsync(DemoAccounts.Enterprise1);
        var unchanged = app.CreateBrowserLikeClient();
        await unchanged.SignInAsync(DemoAccounts.Enterprise2);
        Assert.Equal(HttpStatusCode.OK, (await changed.GetAsync("/Permits/Query", ct)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync(DemoAccounts.Enterprise1);
            Assert.True((await users.UpdateSecurityStampAsync(user!)).Succeeded);
        }

        // Within the interval the cookie is trusted as it is.
        clock.Set(Start.AddSeconds(59));
        Assert.Equal(HttpStatusCode.OK, (await changed.GetAsync("/Permits/Query", ct)).StatusCode);

        // Past it the stamp is compared: the changed one is sent to the login page, and stays signed out.
        clock.Set(Start.AddSeconds(61));
        var ended = await changed.GetAsync("/Permits/Query", ct);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/Account/Login", ended.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        clock.Set(Start.AddSeconds(62));
        Assert.Equal(HttpStatusCode.Redirect, (await changed.GetAsync("/Permits/Query", ct)).StatusCode);

        // The unchanged session is re-validated, renewed (a new cookie, issued now) and goes on past the next interval.
        var renewed = await unchanged.GetAsync("/Permits/Query", ct);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Contains(renewed.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PermitCms.Auth=", StringComparison.Ordinal));
        clock.Set(Start.AddSeconds(62 + 55));
        Assert.Equal(HttpStatusCode.OK, (await unchanged.GetAsync("/Permits/Query", ct)).StatusCode);
    }

    private sealed class ClockedApp(TestClock clock) : PermitCmsFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            clock.Install(builder);
        }
    }
}
