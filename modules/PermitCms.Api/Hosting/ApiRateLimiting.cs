using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PermitCms.Api.Abstractions;

namespace PermitCms.Api.Hosting;

/// <summary>
/// The per-token limit. The limiter runs before authentication (the host's order), so the partition is the
/// SHA-256 of the presented token — the same key as the token's stored hash, never the secret itself.
/// </summary>
internal static class ApiRateLimiting
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiRateLimitOptions>().Bind(configuration.GetSection(ApiRateLimitOptions.Section));
        services.AddRateLimiter(options => options.AddPolicy(ApiDefaults.RateLimitPolicy, Partition));

        // The app has one OnRejected (Accounts sets it for sign-in); API refusals become ProblemDetails, others stay as they were.
        services.PostConfigure<RateLimiterOptions>(options =>
        {
            var others = options.OnRejected;
            options.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                if (!http.Request.Path.StartsWithSegments(ApiDefaults.Prefix))
                {
                    if (others is not null)
                    {
                        await others(context, ct);
                    }

                    return;
                }

                var window = http.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value.WindowSeconds;
                http.Response.Headers.RetryAfter = window.ToString(CultureInfo.InvariantCulture);
                await ApiProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "请求过于频繁", $"该令牌的请求次数已达上限，请 {window} 秒后重试。");
            };
        });
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var header = context.Request.Headers.Authorization.ToString();
        var key = header.Length > 0
            ? "token:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(header.Trim())))
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.PermitLimit,
            Window = TimeSpan.FromSeconds(options.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
