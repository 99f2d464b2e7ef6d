namespace PermitCms.Core.Modules;

/// <summary>
/// An administrative command a module offers on the app's command line (<c>PermitCms.Web NAME --option value</c>).
/// The host runs it after migrations and seeding, instead of the web server, and exits with its result.
/// Registered as a scoped service.
/// </summary>
public interface IAppCommand
{
    /// <summary>The first command-line argument that selects this command, e.g. <c>create-admin</c>.</summary>
    string Name { get; }

    /// <summary>One line of help, shown when the arguments are wrong.</summary>
    string Usage { get; }

    /// <summary>Runs with the arguments after the name; returns the process exit code (0 = done).</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextReader input, TextWriter output, CancellationToken cancellationToken);
}
