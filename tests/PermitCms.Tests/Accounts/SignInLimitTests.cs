using System.Net;
using PermitCms.Accounts.Captcha;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Accounts.Throttling;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

/// <summary>The rate limits on the ways in, switched on with small numbers so that a test reaches them.</summary>
public sealed class SignInLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PermitCmsFactory App(int perAddress = 100, int perUserName = 100, int captcha = 100) => new PermitCmsFactory()
        .Set("SignInLimits:Enabled", "true")
        .Set("SignInLimits:PerAddress", perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Set("SignInLimits:PerUserName", perUserName.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Set("SignInLimits:CaptchaPerAddress", captcha.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Password_card_and_security_key_posts_from_one_address_share_a_limit_and_then_get_429_in_chinese()
    {
        await using var app = App(perAddress: 3);
        var client = app.CreateBrowserLikeClient();

        // Showing the pages is not an attempt: only the three posts count.
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync("nobody", "Wrong@12345")).StatusCode);
        var card = await client.PostFormAsync("/Account/CardLogin", "/Account/CardLogin", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        var passkey = await client.PostFormAsync("/Account/CardLogin", "/Account/CardLogin?handler=Passkey", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, passkey.StatusCode);

        foreach (var (page, post) in new[] { ("/Account/Login", "/Account/Login"), ("/Account/CardLogin", "/Account/CardLogin"), ("/Account/CardLogin", "/Account/CardLogin?handler=Passkey"), ("/Account/CardLogin", "/Account/CardLogin?handler=PasskeyOptions") })
        {
            var refused = await client.PostFormAsync(page, post, new Dictionary<string, string> { ["Input.UserName"] = DemoAccounts.Enterprise1, ["Input.Password"] = DemoAccounts.Password });
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Contains(SignInRateLimiting.TooManyAttempts, await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.True(refused.Headers.RetryAfter is not null, "429 without Retry-After");
        }

        // Refused before the password was checked: even the right password opened no session.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task Posts_naming_one_user_are_limited_whatever_the_name_while_other_names_still_go_through()
    {
        await using var app = App(perUserName: 2);
        var client = app.CreateBrowserLikeClient();

        foreach (var name in new[] { DemoAccounts.Enterprise2, "nobody" })
        {
            for (var i = 0; i < 2; i++)
            {
                Assert.Contains(LoginModel.GenericFailure, await (await client.LoginAsync(name, "Wrong@12345")).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            }

            // Case and spaces do not make a new name.
            var refused = await client.LoginAsync(" " + name.ToUpperInvariant() + " ", DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Contains(SignInRateLimiting.TooManyAttempts, await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        await client.SignInAsync(DemoAccounts.Enterprise1);
    }

    [Fact]
    public async Task Captcha_images_per_address_are_limited()
    {
        await using var app = App(captcha: 3).WithCaptcha();
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CaptchaService.ImagePath, Ct)).StatusCode);
        }

        var refused = await client.GetAsync(CaptchaService.ImagePath, Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains(SignInRateLimiting.TooManyAttempts, await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
