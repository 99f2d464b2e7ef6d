using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace PermitCms.Core.Hosting;

/// <summary>
/// Where runtime files live (uploads, logs): <c>App:DataDirectory</c>, or App_Data under the content root.
/// Never committed. Modules ask this instead of building paths themselves.
/// </summary>
public sealed class AppDataPaths(IConfiguration configuration, IHostEnvironment environment)
{
    public string Root { get; } = configuration["App:DataDirectory"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured, environment.ContentRootPath)
        : Path.Combine(environment.ContentRootPath, "App_Data");

    /// <summary>A sub-folder of <see cref="Root"/>, created if missing.</summary>
    public string GetDirectory(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }
}
