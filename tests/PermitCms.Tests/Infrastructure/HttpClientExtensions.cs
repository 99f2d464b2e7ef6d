using System.Net;
using System.Text.RegularExpressions;
using PermitCms.Accounts.Seeding;

namespace PermitCms.Tests.Infrastructure;

/// <summary>Form posts the way a browser makes them: the antiforgery token read from the page first.</summary>
public static partial class HttpClientExtensions
{
    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public static HttpClient CreateBrowserLikeClient(this PermitCmsFactory factory)
    {
        if (factory is KestrelPermitCmsFactory kestrel)
        {
            // Against the real port, with the same behaviour as the in-memory client: cookies kept, redirects not followed.
            var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
            return new HttpClient(handler) { BaseAddress = new Uri(kestrel.BaseUrl) };
        }

        return factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return ExtractAntiforgeryToken(html);
    }

    public static string ExtractAntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>GETs <paramref name="pageUrl"/> for its token, then POSTs the form fields to <paramref name="postUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string postUrl, IDictionary<string, string> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(pageUrl);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(form));
    }

    /// <summary>Signs in through the real login page (captcha off unless given).</summary>
    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password = DemoAccounts.Password, string? captcha = null)
    {
        var fields = new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password };
        if (captcha is not null)
        {
            fields["Input.Captcha"] = captcha;
        }

        return await client.PostFormAsync("/Account/Login", "/Account/Login", fields);
    }

    /// <summary>Signs in and asserts it worked (a redirect away from the login page).</summary>
    public static async Task SignInAsync(this HttpClient client, string userName, string password = DemoAccounts.Password)
    {
        var response = await client.LoginAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            var error = ErrorPattern().Match(body);
            Assert.Fail($"Sign-in of {userName} failed with {(int)response.StatusCode}: {(error.Success ? error.Groups[1].Value : body[..Math.Min(body.Length, 300)])}");
        }
    }

    [GeneratedRegex("<li>([^<]+)</li>")]
    private static partial Regex ErrorPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
