using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Modules;

namespace PermitCms.Core.Data;

/// <summary>
/// Carries the modules whose entities make up <see cref="PermitCmsDbContext"/>'s model in the context's options, so
/// that the context's only constructor argument is its options and it can be pooled (a pooled context is reset and
/// reused by the next request instead of being built for each). It changes nothing in EF's internal services.
/// </summary>
public sealed class ModuleModelExtension(ModuleCatalog modules) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? info;

    public ModuleCatalog Modules => modules;

    // EF reads Info whenever it compares or hashes options: one instance, not one per read.
    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}

public static class ModuleModelOptions
{
    /// <summary>The modules whose <see cref="IModuleStartup.BuildModel"/> the context's model is built from.</summary>
    public static DbContextOptionsBuilder UseModules(this DbContextOptionsBuilder builder, ModuleCatalog modules)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new ModuleModelExtension(modules));
        return builder;
    }
}
