namespace PermitCms.Core.Modules;

/// <summary>
/// Start-up data a module needs (roles, the default workflow, code lists, demo accounts).
/// Run by the host after migrations, in <see cref="Order"/>; each seeder must be idempotent.
/// </summary>
public interface IDataSeeder
{
    int Order => 0;

    Task SeedAsync(CancellationToken cancellationToken);
}
