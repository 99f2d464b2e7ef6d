using System.Reflection;

namespace PermitCms.Core.Modules;

/// <summary>The modules the host loaded, in start-up order. Registered as a singleton.</summary>
public sealed class ModuleCatalog(IReadOnlyList<IModuleStartup> modules)
{
    public IReadOnlyList<IModuleStartup> Modules { get; } = modules.OrderBy(m => m.Order).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();

    public IEnumerable<Assembly> Assemblies => Modules.Select(m => m.GetType().Assembly).Distinct();
}
