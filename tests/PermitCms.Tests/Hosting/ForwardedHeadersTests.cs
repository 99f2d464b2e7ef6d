using System.Net;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Hosting;

/// <summary>
/// Behind nginx (TLS ends at the proxy, the app listens on http): X-Forwarded-Proto from a configured proxy makes
/// the request https, with HSTS and Secure cookies; from any other address it is ignored and HTTP is redirected.
/// The app runs on a real Kestrel port, so the proxy's address is 127.0.0.1.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string PublicHost = "permit.example.cn";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "127.0.0.1")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8")]
    public async Task Https_forwarded_by_a_configured_proxy_gets_hsts_and_secure_cookies(string key, string value)
    {
        await using var app = App(key, value);

        var response = await GetThroughProxyAsync(app);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.False(response.Headers.Contains("Server"), "Kestrel names itself in a Server header.");
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.20.30.40")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "192.168.0.0/16")]
    [InlineData("Unrelated", "nothing configured: not even loopback is trusted")]
    public async Task Forwarded_headers_from_an_unconfigured_address_are_ignored(string key, string value)
    {
        await using var app = App(key, value);

        var response = await GetThroughProxyAsync(app);

        // Still plain http to the app: redirected to https, and no HSTS on an http response.
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"https://{PublicHost}/Account/Login", response.Headers.Location!.ToString());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_proxy_address_that_is_not_an_address_stops_the_app_at_start()
    {
        await using var app = App("ForwardedHeaders:KnownProxies:0", "nginx.local");

        var error = Assert.ThrowsAny<Exception>(() => app.BaseUrl);
        Assert.Contains("ForwardedHeaders:KnownProxies", error.ToString(), StringComparison.Ordinal);
    }

    private static KestrelPermitCmsFactory App(string key, string value)
    {
        var app = new KestrelPermitCmsFactory();
        app.Set("environment", "Production").Set("HttpsRedirection:HttpsPort", "443").Set(key, value);
        return app;
    }

    /// <summary>A request as nginx sends it: the public host, X-Forwarded-Proto: https.</summary>
    private static async Task<HttpResponseMessage> GetThroughProxyAsync(KestrelPermitCmsFactory app)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(app.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await client.SendAsync(request, Ct);
    }
}
