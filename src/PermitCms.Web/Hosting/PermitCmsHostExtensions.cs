using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;
using PermitCms.Web.Data;

namespace PermitCms.Web.Hosting;

/// <summary>The host composes: modules, database, security defaults. It owns no feature.</summary>
public static class PermitCmsHostExtensions
{
    public static WebApplicationBuilder AddPermitCms(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var modules = ModuleLoader.Discover(typeof(Program).Assembly);
        services.AddSingleton(modules);

        // Razor would otherwise write every Chinese character as an HTML entity.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddPermitCmsDatabase(builder.Configuration, builder.Environment);
        DataProtectionSetup.Add(services, builder.Configuration, builder.Environment);
        AddTransportSecurity(builder);

        services.AddRazorPages(options =>
        {
            // Every page needs a signed-in user unless it says [AllowAnonymous].
            options.Conventions.AuthorizeFolder("/");
        }).AddMvcOptions(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<HandlerConnectionFilter>();
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddScoped<PermitCms.Core.Navigation.MenuService>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddHealthChecks().AddDbContextCheck<PermitCmsDbContext>("database");

        foreach (var module in modules.Modules)
        {
            module.ConfigureServices(services, builder.Configuration);
        }

        return builder;
    }

    /// <summary>
    /// Applies migrations and runs the modules' seeders before the app takes requests
    /// (applied at start-up for ease of deployment; a large installation may prefer a migration bundle).
    /// </summary>
    public static async Task PreparePermitCmsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(app.Lifetime.ApplicationStopping);
        }
    }

    /// <summary>
    /// Outside Development every cookie is Secure, HTTP is redirected to HTTPS and HSTS is sent. Behind a
    /// TLS-terminating proxy that works once the proxy is named in ForwardedHeaders:KnownProxies / KnownNetworks.
    /// </summary>
    private static void AddTransportSecurity(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Not telling which server runs the site (RemoveServerHeader cannot remove the header Kestrel adds last).
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.AddSingleton(new ForwardedProxies(ForwardedHeadersSetup.Add(services, builder.Configuration)));
        if (builder.Environment.IsDevelopment())
        {
            return;
        }

        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.Always;
            options.HttpOnly = HttpOnlyPolicy.None;
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddHttpsRedirection(options => options.HttpsPort = builder.Configuration.GetValue<int?>("HttpsRedirection:HttpsPort"));
    }

    public static WebApplication UsePermitCms(this WebApplication app)
    {
        // First, so that every response gets the headers: static files, errors, redirects, signed-in pages.
        app.UseSecurityHeaders(SecurityHeadersPolicy.Create());
        if (app.Services.GetRequiredService<ForwardedProxies>().Configured)
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
            app.UseHttpsRedirection();
            app.UseCookiePolicy();
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter(); // after routing: modules name their policies on endpoints
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }
}
