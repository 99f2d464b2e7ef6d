using PermitCms.Core.Modules;

namespace PermitCms.Web.Hosting;

/// <summary>
/// <c>PermitCms.Web NAME …</c> runs the modules' command NAME (<see cref="IAppCommand"/>) against the configured
/// database and exits; the web server is not started. Arguments that begin with "-" only are configuration.
/// </summary>
public static class AppCommands
{
    /// <summary>The command's exit code, or null when the arguments name no command (start the web server).</summary>
    public static async Task<int?> TryRunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<IAppCommand>().ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await Console.Out.WriteLineAsync($"未知命令“{args[0]}”。可用命令：");
            commands.ForEach(c => Console.Out.WriteLine("  " + c.Usage));
            return 2;
        }

        return await command.RunAsync(args[1..], Console.In, Console.Out, app.Lifetime.ApplicationStopping);
    }
}
