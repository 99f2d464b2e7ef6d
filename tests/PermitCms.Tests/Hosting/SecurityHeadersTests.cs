using System.Net;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Hosting;

/// <summary>Every kind of response carries the security headers: anonymous, signed-in, static files, errors.</summary>
public sealed class SecurityHeadersTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_pages_redirects_static_files_and_error_pages_carry_the_headers()
    {
        var client = factory.CreateBrowserLikeClient();

        await AssertHeadersAsync(await client.GetAsync("/Account/Login", Ct), HttpStatusCode.OK);
        await AssertHeadersAsync(await client.GetAsync("/lib/bootstrap/bootstrap.min.css", Ct), HttpStatusCode.OK);
        await AssertHeadersAsync(await client.GetAsync("/_content/PermitCms.Accounts/js/confirm.js", Ct), HttpStatusCode.OK);
        await AssertHeadersAsync(await client.GetAsync("/Admin", Ct), HttpStatusCode.Redirect);
        // A form post without its antiforgery token: the 400 is re-executed as the error page.
        await AssertHeadersAsync(await client.PostAsync("/Account/Login", new FormUrlEncodedContent([]), Ct), HttpStatusCode.BadRequest);
        await AssertHeadersAsync(await client.GetAsync("/health", Ct), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signed_in_pages_of_both_themes_and_their_errors_cannot_be_framed()
    {
        var enterprise = factory.CreateBrowserLikeClient();
        await enterprise.SignInAsync(DemoAccounts.Enterprise1);
        await AssertHeadersAsync(await enterprise.GetAsync("/Permits/Apply", Ct), HttpStatusCode.OK);

        var admin = factory.CreateBrowserLikeClient();
        await admin.SignInAsync(DemoAccounts.Administrator);
        await AssertHeadersAsync(await admin.GetAsync("/Admin/Workflows", Ct), HttpStatusCode.OK);
        await AssertHeadersAsync(await admin.GetAsync("/Admin/Users", Ct), HttpStatusCode.OK);
        await AssertHeadersAsync(await admin.GetAsync("/no-such-page", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Script_and_style_sources_allow_no_inline_code()
    {
        var response = await factory.CreateClient().GetAsync("/Account/Login", Ct);
        var csp = Directives(Single(response, "Content-Security-Policy"));

        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("'self'", csp["style-src"]);
        Assert.Equal("'self'", csp["default-src"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.DoesNotContain(csp, d => d.Value.Contains("unsafe-inline", StringComparison.Ordinal) || d.Value.Contains("unsafe-eval", StringComparison.Ordinal));
    }

    private static async Task AssertHeadersAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var what = response.RequestMessage!.RequestUri!.PathAndQuery;
        Assert.True(expected == response.StatusCode, $"{what}: {(int)response.StatusCode}, expected {(int)expected}. {await response.Content.ReadAsStringAsync(Ct)}");
        var csp = Directives(Single(response, "Content-Security-Policy"));
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"), ignoreCase: true);
        Assert.Equal("same-origin", Single(response, "Referrer-Policy"));
        var permissions = Single(response, "Permissions-Policy");
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("publickey-credentials-get=self", permissions, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), $"{what}: the Server header names the web server.");
    }

    private static string Single(HttpResponseMessage response, string name)
    {
        var values = response.Headers.TryGetValues(name, out var found) ? found.ToList()
            : response.Content.Headers.TryGetValues(name, out var content) ? content.ToList() : [];
        Assert.True(values.Count == 1, $"{response.RequestMessage!.RequestUri!.PathAndQuery}: {values.Count} {name} header(s).");
        return values[0];
    }

    private static Dictionary<string, string> Directives(string csp) => csp
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', 2))
        .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "", StringComparer.Ordinal);
}
