using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PermitCms.Accounts.Captcha;

/// <summary>The "Captcha" configuration section.</summary>
public sealed class CaptchaOptions
{
    public const string Section = "Captcha";

    /// <summary>
    /// Only the Development environment (a developer machine, the test host) may turn this off; anywhere else
    /// the 验证码 is asked for whatever the configuration says.
    /// </summary>
    public bool Enabled { get; set; } = true;

    public int Length { get; set; } = 4;

    /// <summary>A challenge not answered within this time is refused.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// At most this many unanswered challenges are kept; beyond it the oldest give way. With the per-address
    /// rate limit this bounds what anonymous image requests can write.
    /// </summary>
    public int MaxLiveChallenges { get; set; } = 10_000;

    internal static void EnforceOutsideDevelopment(CaptchaOptions options, IHostEnvironment environment, ILoggerFactory loggers)
        => options.Enabled = Services.DevelopmentOnlySwitch.KeepOn(options.Enabled, "Captcha:Enabled", environment, loggers.CreateLogger<CaptchaOptions>());
}
