using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Permits.Verification;

namespace PermitCms.Permits.Issuance;

/// <summary>The 电子批准单 (PDF), its public verification page and customs' 核销 (issue 12).</summary>
public static class IssuanceServices
{
    /// <summary>The public verification page's rate limit: per client address, so that guessing tokens is slow as well as hopeless.</summary>
    public const string VerifyRateLimitPolicy = "permit-verify";

    /// <summary>scheme://host[:port] of the request: the QR code's address when Permits:PublicBaseUrl is not set.</summary>
    public static string RequestBaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static void AddPermitIssuance(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IssuanceOptions>(configuration.GetSection(IssuanceOptions.Section));
        services.AddSingleton<CertificatePdf>();
        services.Configure<MvcOptions>(options => options.Filters.Add<CertificateUnavailableFilter>());
        services.AddScoped<PermitIssueStamp>();
        services.AddScoped<IPermitCertificates, PermitIssuance>();
        services.AddScoped<PermitUsageLoader>();
        services.AddScoped<PermitUseRecorder>();
        services.AddScoped<IPermitVerification, PermitVerification>();
        services.AddRateLimiter(options => options.AddPolicy(VerifyRateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = 60,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));
    }
}
