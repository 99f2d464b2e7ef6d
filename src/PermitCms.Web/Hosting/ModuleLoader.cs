using System.Reflection;
using Microsoft.Extensions.DependencyModel;
using PermitCms.Core.Modules;

namespace PermitCms.Web.Hosting;

/// <summary>
/// Finds the module startups among the assemblies the host was built with. It reads the host's deps.json
/// (DependencyContext) rather than <see cref="Assembly.GetReferencedAssemblies"/>, which drops references the
/// host's code never touches — exactly the case for modules, which the host only references.
/// </summary>
public static class ModuleLoader
{
    private const string Prefix = "PermitCms.";

    public static ModuleCatalog Discover(Assembly hostAssembly)
    {
        var context = DependencyContext.Load(hostAssembly) ?? DependencyContext.Default
            ?? throw new InvalidOperationException("The host has no deps.json; modules cannot be discovered.");

        var startups = context.RuntimeLibraries
            .Where(library => library.Type == "project" && library.Name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(library => Assembly.Load(new AssemblyName(library.Name)))
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IModuleStartup).IsAssignableFrom(type))
            .Select(type => (IModuleStartup)Activator.CreateInstance(type)!)
            .ToList();

        return new ModuleCatalog(startups);
    }
}
