using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PermitCms.Accounts.Throttling;

/// <summary>The "SignInLimits" configuration section: how many sign-in attempts and captcha images per minute.</summary>
public sealed class SignInLimitOptions
{
    public const string Section = "SignInLimits";

    /// <summary>Only tests that exercise sign-in many times turn this off, and only in Development (like the captcha).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Sign-in posts (password, card, security key) from one client address per window.</summary>
    public int PerAddress { get; set; } = 30;

    /// <summary>Password sign-ins naming one user per window, from any address.</summary>
    public int PerUserName { get; set; } = 10;

    /// <summary>Captcha images issued to one client address per window.</summary>
    public int CaptchaPerAddress { get; set; } = 60;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Memory (the default) counts in this process; Database counts in the app's database so that the limits hold
    /// across every instance behind one address (README, 多实例部署).
    /// </summary>
    public SignInLimitStore Store { get; set; } = SignInLimitStore.Memory;

    internal static void EnforceOutsideDevelopment(SignInLimitOptions options, IHostEnvironment environment, ILoggerFactory loggers)
        => options.Enabled = Services.DevelopmentOnlySwitch.KeepOn(options.Enabled, "SignInLimits:Enabled", environment, loggers.CreateLogger<SignInLimitOptions>());
}
