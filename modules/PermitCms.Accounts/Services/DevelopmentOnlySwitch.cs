using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PermitCms.Accounts.Services;

/// <summary>
/// A protection that developers and the test host may switch off (the captcha, the sign-in limits) but no
/// deployment can: outside Development "false" is ignored, with a warning that says so.
/// </summary>
internal static class DevelopmentOnlySwitch
{
    /// <summary>The value to use: <paramref name="enabled"/> in Development, always true elsewhere.</summary>
    public static bool KeepOn(bool enabled, string key, IHostEnvironment environment, ILogger logger)
    {
        if (enabled || environment.IsDevelopment())
        {
            return enabled;
        }

        logger.LogWarning("{Key}=false is ignored in the {Environment} environment: it can be switched off in Development only.", key, environment.EnvironmentName);
        return true;
    }
}
