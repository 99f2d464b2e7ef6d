using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PermitCms.Accounts.Throttling;

/// <summary>
/// ASP.NET Core's rate limiter on the ways in: sign-in posts and captcha images, each partitioned by client
/// address. The per-user-name limit needs the posted form, so the login page applies it (<see cref="UserNameThrottle"/>).
/// A refusal answers 429, which the host's status page shows as <see cref="TooManyAttempts"/>.
/// </summary>
public static class SignInRateLimiting
{
    public const string SignInPolicy = "signin";
    public const string CaptchaPolicy = "captcha";
    public const string TooManyAttempts = "尝试次数过多，请稍后再试。";

    public static void AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignInLimitOptions>().Bind(configuration.GetSection(SignInLimitOptions.Section))
            .PostConfigure<IHostEnvironment, ILoggerFactory>(SignInLimitOptions.EnforceOutsideDevelopment);
        services.AddSingleton<UserNameThrottle>();
        services.AddSingleton<SignInCounterStore>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<IOptions<SignInLimitOptions>>().Value.Window;
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(window.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Only posts are attempts; showing the login page is not.
            options.AddPolicy(SignInPolicy, context => ByAddress(context, SignInPolicy, HttpMethods.IsPost(context.Request.Method), o => o.PerAddress));
            options.AddPolicy(CaptchaPolicy, context => ByAddress(context, CaptchaPolicy, true, o => o.CaptchaPerAddress));
        });
    }

    private static RateLimitPartition<string> ByAddress(HttpContext context, string policy, bool counts, Func<SignInLimitOptions, int> limit)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<SignInLimitOptions>>().Value;
        if (!options.Enabled || !counts)
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (options.Store == SignInLimitStore.Database)
        {
            var store = context.RequestServices.GetRequiredService<SignInCounterStore>();
            var time = context.RequestServices.GetRequiredService<TimeProvider>();
            var key = $"{policy}:{address}";
            return RateLimitPartition.Get(key, _ => new DatabaseWindowLimiter(store, key, limit(options), options.Window, time));
        }

        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit(options),
            Window = options.Window,
            QueueLimit = 0,
        });
    }
}
