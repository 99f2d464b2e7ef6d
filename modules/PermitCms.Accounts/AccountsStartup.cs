using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PermitCms.Accounts.Captcha;
using PermitCms.Accounts.Commands;
using PermitCms.Accounts.Certificates;
using PermitCms.Accounts.Seeding;
using PermitCms.Accounts.Services;
using PermitCms.Accounts.Throttling;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;
using PermitCms.Core.Navigation;
using PermitCms.Core.Security;

namespace PermitCms.Accounts;

/// <summary>Sign-in (password + captcha, 卡介质 certificate, security key), sign-out, roles, enterprises and the demo accounts.</summary>
public sealed class AccountsStartup : IModuleStartup
{
    public string Name => "Accounts";

    public int Order => -100;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
                // Version 3 adds AspNetUserPasskeys for security-key (passkey) sign-in.
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddEntityFrameworkStores<PermitCmsDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PermitCmsClaimsPrincipalFactory>();

        // A locked user, or one whose role changed, loses open sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "PermitCms.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = SessionRevalidation.ValidatePrincipalAsync;
        });

        services.AddPermissions(AccountsPermissions.ManageUsers, AccountsPermissions.ManageCertificates, AccountsPermissions.ViewAudit);
        services.AddMenuItems(
            new MenuItem(Menus.Admin, "企业管理", "/Admin/Enterprises", AccountsPermissions.ManageUsersPolicy, MenuPositions.Enterprises),
            new MenuItem(Menus.Admin, "用户管理", "/Admin/Users", AccountsPermissions.ManageUsersPolicy, MenuPositions.Enterprises + 10),
            new MenuItem(Menus.Admin, "证书绑定管理", "/Admin/Certificates", AccountsPermissions.ManageCertificatesPolicy, MenuPositions.System),
            new MenuItem(Menus.Admin, "审计日志", "/Admin/Audit", AccountsPermissions.ViewAuditPolicy, MenuPositions.System + 10));
        AddCardLogin(services, configuration);
        services.AddOptions<CaptchaOptions>().Bind(configuration.GetSection(CaptchaOptions.Section))
            .PostConfigure<IHostEnvironment, ILoggerFactory>(CaptchaOptions.EnforceOutsideDevelopment);
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CaptchaService>();
        services.AddSingleton<PasswordWorkEqualizer>();
        services.AddSignInRateLimiting(configuration);
        services.Configure<MvcOptions>(options => options.Filters.Add<ForcedPasswordChangeFilter>());
        services.AddScoped<IDataSeeder, RoleSeeder>();
        services.AddScoped<IDataSeeder, DemoDataSeeder>();
        services.AddScoped<IAppCommand, CreateAdminCommand>();
    }

    /// <summary>卡介质登录 (client certificates) and security keys (passkeys).</summary>
    private static void AddCardLogin(IServiceCollection services, IConfiguration configuration)
    {
        // A CA file that is missing or unreadable stops the app at start instead of at the first card sign-in.
        services.AddOptions<CertificateLoginOptions>()
            .Bind(configuration.GetSection(CertificateLoginOptions.Section))
            .Validate<IHostEnvironment>(TrustedCertificateAuthorities.CanLoad, "CertificateLogin:TrustedCaFiles / TrustedCaPems: a file is missing or is not PEM.")
            .ValidateOnStart();
        services.AddSingleton<TrustedCertificateAuthorities>();
        services.AddSingleton<ClientCertificateValidator>();
        services.AddScoped<CertificateSignIn>();
        services.AddScoped<CertificateBindings>();
        CertificateForwarding.AddIfConfigured(services, configuration);

        // Kestrel would refuse, during the handshake, a client certificate the machine does not trust, and the
        // browser would show a bare connection error. Accept any at the TLS level; ClientCertificateValidator
        // decides with the configured CAs and tells the user why. Applies to HTTPS endpoints from Kestrel config.
        services.Configure<KestrelServerOptions>(options => options.ConfigureHttpsDefaults(https =>
            https.ClientCertificateValidation ??= (_, _, _) => true));

        // Passkeys: the relying party is the request's host unless Passkeys:ServerDomain names it.
        // Behind a TLS-terminating proxy the app sees http://, so the browser's https origin would not match
        // the request; Passkeys:Origins lists the origins users really browse to.
        services.Configure<IdentityPasskeyOptions>(configuration.GetSection("Passkeys"));
        var origins = configuration.GetSection("Passkeys:Origins").Get<string[]>() ?? [];
        if (origins.Length > 0)
        {
            services.Configure<IdentityPasskeyOptions>(options => options.ValidateOrigin = context =>
                ValueTask.FromResult(!context.CrossOrigin && origins.Contains(context.Origin, StringComparer.OrdinalIgnoreCase)));
        }
    }

    public void BuildModel(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountsStartup).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CaptchaService.ImagePath, async (HttpContext context, CaptchaService captcha, CancellationToken ct) =>
        {
            var png = await captcha.IssueAsync(context, ct);
            context.Response.Headers.CacheControl = "no-store, no-cache";
            return Results.File(png, "image/png");
        }).AllowAnonymous().RequireRateLimiting(SignInRateLimiting.CaptchaPolicy);
    }
}
