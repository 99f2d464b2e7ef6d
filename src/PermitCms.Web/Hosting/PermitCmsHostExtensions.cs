using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
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
        services.AddDataProtection()
            .SetApplicationName("PermitCms")
            .PersistKeysToDbContext<PermitCmsDbContext>();

        services.AddRazorPages(options =>
        {
            // Every page needs a signed-in user unless it says [AllowAnonymous].
            options.Conventions.AuthorizeFolder("/");
        }).AddMvcOptions(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
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

    public static WebApplication UsePermitCms(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter(); // after routing: modules name their policies on endpoints
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapRazorPages();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }

        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            totalMilliseconds = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, error = e.Value.Exception?.Message }),
        }));
    }
}
