using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PermitCms.Core.Accounts;
using PermitCms.Core.Modules;

namespace PermitCms.Core.Data;

/// <summary>
/// The one database context of the app (docs/adr/0002). Identity, Data Protection keys and enterprises are
/// defined here; every module adds its own entities through <see cref="IModuleStartup.BuildModel"/>, so a
/// workflow transition and the permit it moves are saved in one transaction. Provider-specific subclasses
/// in the host carry the migrations.
/// </summary>
public abstract class PermitCmsDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToAppendOnlyRows();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToAppendOnlyRows();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PermitCmsDbContext).Assembly);
        var modules = this.GetService<IDbContextOptions>().FindExtension<ModuleModelExtension>()?.Modules
            ?? throw new InvalidOperationException("The context's options name no modules: configure them with UseModules (DatabaseSetup).");
        foreach (var module in modules.Modules)
        {
            module.BuildModel(builder);
        }
    }

    /// <summary>History is evidence: a tracked change or delete of an <see cref="IAppendOnly"/> row fails the whole save.</summary>
    private void RefuseChangesToAppendOnlyRows()
    {
        var changed = ChangeTracker.Entries()
            .FirstOrDefault(e => e.Entity is IAppendOnly && e.State is EntityState.Modified or EntityState.Deleted);
        if (changed is not null)
        {
            throw new InvalidOperationException($"{changed.Entity.GetType().Name} rows are append-only; a {changed.State} change was refused.");
        }
    }
}
