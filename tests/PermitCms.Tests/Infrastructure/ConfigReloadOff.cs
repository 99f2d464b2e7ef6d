using System.Runtime.CompilerServices;

namespace PermitCms.Tests.Infrastructure;

/// <summary>
/// The suite starts dozens of apps on one machine: the in-process factories and the AppProcess children, which inherit
/// this process's environment. Each default host watches its appsettings files for changes, and each watcher is an
/// inotify instance, of which Linux allows 128 per user by default. The clean-clone run on 25f1c58 had a scale-out
/// instance die at start with "The configured user limit (128) on the number of inotify instances has been reached".
/// No test edits a settings file while an app runs, so the suite turns the reloading off (the host's own
/// <c>hostBuilder:reloadConfigOnChange</c> setting), and the apps read their settings once, at start. The other
/// watchers (<c>asp-append-version</c> watches each module's static files: 104 instances in the test process during
/// a full run with reloading off) poll instead (<c>DOTNET_USE_POLLING_FILE_WATCHER</c>, read by PhysicalFileProvider).
/// </summary>
internal static class ConfigReloadOff
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
