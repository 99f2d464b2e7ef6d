using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Captcha;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

/// <summary>The 验证码 with the captcha switched on, as in production.</summary>
public sealed class CaptchaTests : IAsyncLifetime
{
    private readonly PermitCmsFactory _factory = new PermitCmsFactory().WithCaptcha();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_login_page_shows_a_captcha_image_that_is_a_png()
    {
        var client = _factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/Account/Login", Ct);
        Assert.Contains("id=\"captcha-image\"", html, StringComparison.Ordinal);
        Assert.Contains("验证码", html, StringComparison.Ordinal);

        var image = await client.GetAsync(CaptchaService.ImagePath, Ct);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", image.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains(image.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CaptchaService.CookieName, StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_right_answer_with_the_right_password_signs_in()
    {
        var client = _factory.CreateBrowserLikeClient();
        var answer = await IssueAsync(client);

        var response = await client.LoginAsync(DemoAccounts.Enterprise1, captcha: answer.ToLowerInvariant());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_or_missing_answer_gets_the_generic_message_and_no_session()
    {
        var client = _factory.CreateBrowserLikeClient();
        var answer = await IssueAsync(client);

        var wrong = await client.LoginAsync(DemoAccounts.Enterprise1, captcha: answer == "AAAA" ? "BBBB" : "AAAA");
        Assert.Contains(LoginModel.GenericFailure, await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var noImageFetched = _factory.CreateBrowserLikeClient();
        var missing = await noImageFetched.LoginAsync(DemoAccounts.Enterprise1, captcha: "ABCD");
        Assert.Contains(LoginModel.GenericFailure, await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_answer_works_once_only_even_when_the_cookie_is_replayed()
    {
        // Cookies by hand, so the second post carries the very same challenge cookie again.
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/Account/Login", Ct);
        var token = HttpClientExtensions.ExtractAntiforgeryToken(await page.Content.ReadAsStringAsync(Ct));
        var image = await client.GetAsync(CaptchaService.ImagePath, Ct);
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Concat(image.Headers.GetValues("Set-Cookie")).Select(c => c.Split(';')[0]));
        var answer = await _factory.WithDbAsync(db => db.Set<CaptchaChallenge>().OrderByDescending(c => c.ExpiresAt).Select(c => c.Answer).FirstAsync(Ct));

        var first = await PostAsync(client, cookies, token, "Wrong@12345", answer);
        Assert.Contains(LoginModel.GenericFailure, await first.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var replay = await PostAsync(client, cookies, token, DemoAccounts.Password, answer);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains(LoginModel.GenericFailure, await replay.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_challenge_is_refused()
    {
        var client = _factory.CreateBrowserLikeClient();
        var answer = await IssueAsync(client);
        await _factory.WithDbAsync(db => db.Set<CaptchaChallenge>().ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)), Ct));

        var response = await client.LoginAsync(DemoAccounts.Enterprise1, captcha: answer);

        Assert.Contains(LoginModel.GenericFailure, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>Fetches a captcha image as the browser would and reads its answer from the database.</summary>
    private async Task<string> IssueAsync(HttpClient client)
    {
        (await client.GetAsync(CaptchaService.ImagePath, Ct)).EnsureSuccessStatusCode();
        return await _factory.WithDbAsync(db => db.Set<CaptchaChallenge>().OrderByDescending(c => c.ExpiresAt).Select(c => c.Answer).FirstAsync(Ct));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string cookies, string token, string password, string answer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = DemoAccounts.Enterprise1,
                ["Input.Password"] = password,
                ["Input.Captcha"] = answer,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request, Ct);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
