using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Hosting;

/// <summary>Two app instances on one database accept each other's sign-in cookies (keys live in the database).</summary>
public sealed class SharedKeysTests
{
    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_another_on_the_same_database()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = new PermitCmsFactory();
        var noCookies = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        var firstClient = first.CreateClient(noCookies);

        // Sign in by hand so that the cookies can be carried to the other instance.
        var loginPage = await firstClient.GetAsync("/Account/Login", ct);
        var antiforgeryCookie = CookiePair(loginPage, ".AspNetCore.Antiforgery.");
        var token = HttpClientExtensions.ExtractAntiforgeryToken(await loginPage.Content.ReadAsStringAsync(ct));
        using var login = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = DemoAccounts.Enterprise1,
                ["Input.Password"] = DemoAccounts.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await firstClient.SendAsync(login, ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var authCookie = CookiePair(signedIn, "PermitCms.Auth=");

        await using var second = new PermitCmsFactory();
        second.Set("ConnectionStrings:PermitCms", $"Data Source={Path.Combine(first.DataDirectory, "permitcms.db")}");
        var secondClient = second.CreateClient(noCookies);
        secondClient.DefaultRequestHeaders.Add("Cookie", authCookie);

        var response = await secondClient.GetAsync("/", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(DemoAccounts.Enterprise1Name, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    private static string CookiePair(HttpResponseMessage response, string prefix)
    {
        var header = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(prefix, StringComparison.Ordinal));
        return header.Split(';')[0];
    }
}
