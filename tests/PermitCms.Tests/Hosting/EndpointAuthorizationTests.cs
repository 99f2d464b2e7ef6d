using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Hosting;

/// <summary>
/// Guards every page every module contributes, including pages added later: anonymous visitors are sent to
/// the login page, and an enterprise user never enters /Admin.
/// </summary>
public sealed class EndpointAuthorizationTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static readonly HashSet<string> Anonymous = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/Login", "/Account/CardLogin", "/Account/AccessDenied", "/Error",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_page_but_the_sign_in_pages_needs_a_signed_in_user()
    {
        var pages = PageRoutes();
        Assert.Contains("/Admin/Review", pages);
        Assert.Contains("/Permits/Apply", pages);
        Assert.Contains("/Admin/Workflows", pages);

        var client = factory.CreateBrowserLikeClient();
        foreach (var page in pages.Where(p => !Anonymous.Contains(p)))
        {
            var response = await client.GetAsync(page, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/Account/Login", StringComparison.Ordinal),
                $"{page} answered {(int)response.StatusCode} to an anonymous visitor.");
        }
    }

    [Fact]
    public async Task An_enterprise_user_is_refused_every_admin_page()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Enterprise1);

        foreach (var page in PageRoutes().Where(p => p.StartsWith("/Admin", StringComparison.OrdinalIgnoreCase)))
        {
            var response = await client.GetAsync(page, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/Account/AccessDenied", StringComparison.Ordinal),
                $"{page} answered {(int)response.StatusCode} to an enterprise user.");
        }
    }

    private List<string> PageRoutes()
        => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath)
            .Select(p => p.EndsWith("/Index", StringComparison.Ordinal) && p.Length > "/Index".Length ? p[..^"/Index".Length] : p)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
