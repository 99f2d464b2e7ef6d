using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Api.Abstractions;
using PermitCms.Api.Hosting;
using PermitCms.Api.Idempotency;
using PermitCms.Api.Tokens;
using PermitCms.Core.Modules;
using PermitCms.Core.Navigation;
using PermitCms.Core.Security;
using Scalar.AspNetCore;

namespace PermitCms.Api;

/// <summary>
/// The HTTP API's plumbing: API tokens (个人中心 → API 令牌, 管理 in the admin area), the bearer scheme, the
/// per-token rate limit, Idempotency-Key, the OpenAPI document (/openapi/v1.json) and its reference (/scalar).
/// The endpoints themselves belong to the modules whose features they expose (Permits maps /api/v1/permits).
/// </summary>
public sealed class ApiStartup : IModuleStartup
{
    public string Name => "Api";

    public int Order => -50;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions(ApiPermissions.ManageTokens);
        services.AddMenuItems(new MenuItem(Menus.Admin, "API 令牌", "/Admin/ApiTokens", ApiPermissions.ManageTokensPolicy, MenuPositions.System + 20));

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiDefaults.Scheme, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiDefaults.Policy, policy => policy.AddAuthenticationSchemes(ApiDefaults.Scheme).RequireAuthenticatedUser());
        services.AddScoped<ApiTokenService>();
        services.AddScoped<IApiRequestPipeline, ApiRequestPipeline>();
        ApiRateLimiting.Add(services, configuration);
        services.AddTransient<IStartupFilter, ScalarContentSecurityPolicy>();

        // Chinese stays readable in the JSON (the default encoder would write \uXXXX).
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddOpenApi(ApiDefaults.DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith(ApiDefaults.Prefix.TrimStart('/'), StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiDocumentTransformer>();
        });
    }

    public void BuildModel(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApiStartup).Assembly);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The description of the API is public, like the documentation of any service; the data is not.
        endpoints.MapOpenApi().AllowAnonymous();
        endpoints.MapScalarApiReference(ScalarContentSecurityPolicy.Path, options => options
            .WithTitle("PermitCms API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddPreferredSecuritySchemes("Bearer")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .WithNonce()).AllowAnonymous();

        // An unknown API address answers in the API's language, not with the app's HTML error page.
        endpoints.Map(ApiDefaults.Prefix + "/{**rest}", (HttpContext context) =>
        {
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return ApiProblems.Problem(StatusCodes.Status404NotFound, "接口不存在", $"没有 {context.Request.Method} {context.Request.Path} 这个接口，请查看 /scalar 中的接口说明。");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
