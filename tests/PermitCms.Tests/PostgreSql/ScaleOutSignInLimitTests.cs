using System.Net;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.PostgreSql;

/// <summary>
/// The sign-in limits with <c>SignInLimits:Store=Database</c> and the lockout, attempted alternately on two
/// instances: each counts against one shared limit, so an attacker gains nothing by spreading over instances.
/// </summary>
[Collection(ScaleOutCluster.Collection)]
public sealed class ScaleOutSignInLimitTests(ScaleOutLimitedCluster cluster) : IClassFixture<ScaleOutLimitedCluster>
{
    private const int PerUserName = ScaleOutLimitedCluster.PerUserName;
    private const int PerAddress = ScaleOutLimitedCluster.PerAddress;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lockout_per_user_name_and_per_address_limits_hold_across_both_instances()
    {
        await cluster.StartAsync();
        var (a, b) = cluster.OneBrowser();
        HttpClient On(int attempt) => attempt % 2 == 0 ? a : b;
        var posts = 0;

        // Lockout: five wrong passwords, alternately on A and B, lock the account; the right one is then refused.
        for (var i = 0; i < 5; i++)
        {
            await AssertRefusedAsync(await On(posts++).LoginAsync(DemoAccounts.Enterprise2, "wrong-password"), HttpStatusCode.OK);
        }

        await AssertRefusedAsync(await On(posts++).LoginAsync(DemoAccounts.Enterprise2), HttpStatusCode.OK);

        // Per user name: six attempts naming one (unknown) user, spread over A and B; the seventh is refused on either.
        for (var i = 0; i < PerUserName; i++)
        {
            await AssertRefusedAsync(await On(posts++).LoginAsync("ghost-user", "x"), HttpStatusCode.OK);
        }

        await AssertRefusedAsync(await a.LoginAsync("ghost-user", "x"), HttpStatusCode.TooManyRequests);
        await AssertRefusedAsync(await b.LoginAsync("ghost-user", "x"), HttpStatusCode.TooManyRequests);
        posts += 2;

        // Per address: the remaining posts of the window, alternately, then both instances refuse this address.
        while (posts < PerAddress)
        {
            await AssertRefusedAsync(await On(posts).LoginAsync($"nobody-{posts}", "x"), HttpStatusCode.OK);
            posts++;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await a.LoginAsync("nobody-a", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await b.LoginAsync("nobody-b", "x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/Account/Login", Ct)).StatusCode); // showing the page is no attempt
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var message = expected == HttpStatusCode.TooManyRequests ? PermitCms.Accounts.Throttling.SignInRateLimiting.TooManyAttempts : LoginModel.GenericFailure;
        Assert.Contains(message, body, StringComparison.Ordinal);
    }
}
