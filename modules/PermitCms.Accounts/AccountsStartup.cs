using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Captcha;
using PermitCms.Accounts.Seeding;
using PermitCms.Accounts.Services;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;
using PermitCms.Core.Navigation;
using PermitCms.Core.Security;

namespace PermitCms.Accounts;

/// <summary>Sign-in (password + captcha), sign-out, roles, enterprises and the demo accounts.</summary>
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
        });

        services.AddPermissions(AccountsPermissions.ManageUsers);
        services.AddMenuItems(
            new MenuItem(Menus.Admin, "企业管理", "/Admin/Enterprises", AccountsPermissions.ManageUsersPolicy, MenuPositions.Enterprises),
            new MenuItem(Menus.Admin, "用户管理", "/Admin/Users", AccountsPermissions.ManageUsersPolicy, MenuPositions.Enterprises + 10));
        services.Configure<CaptchaOptions>(configuration.GetSection(CaptchaOptions.Section));
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CaptchaService>();
        services.AddScoped<IDataSeeder, RoleSeeder>();
        services.AddScoped<IDataSeeder, DemoDataSeeder>();
    }

    public void BuildModel(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(AccountsStartup).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CaptchaService.ImagePath, async (HttpContext context, CaptchaService captcha, CancellationToken ct) =>
        {
            var png = await captcha.IssueAsync(context, ct);
            context.Response.Headers.CacheControl = "no-store, no-cache";
            return Results.File(png, "image/png");
        }).AllowAnonymous();
    }
}
