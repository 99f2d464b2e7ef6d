using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Definitions;

/// <summary>
/// Seeds every definition the modules offer (<see cref="IWorkflowDefinitionSource"/>), published as version 1,
/// when no definition of that name exists yet; an existing one is left as the administrators made it.
/// </summary>
internal sealed class WorkflowSeeder(PermitCmsDbContext db, IEnumerable<IWorkflowDefinitionSource> sources, TimeProvider time) : IDataSeeder
{
    public int Order => -50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var offered = sources.SelectMany(s => s.GetDefaultDefinitions()).ToList();
        if (offered.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            // Two modules claiming one name is a composition error: seeding either would hide the other's lifecycle.
            throw new InvalidOperationException($"More than one module offers a default workflow named '{duplicate.Key}'.");
        }

        var names = offered.Select(d => d.Name).ToList();
        var existing = await db.Set<WorkflowDefinition>().Where(d => names.Contains(d.Name)).Select(d => d.Name).ToListAsync(cancellationToken);
        var missing = offered.Where(d => !existing.Contains(d.Name, StringComparer.Ordinal)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var definition in missing)
        {
            var version = new WorkflowDefinitionVersion
            {
                VersionNumber = 1,
                Status = WorkflowVersionStatus.Published,
                Note = "系统预置的默认流程",
                CreatedAt = now,
                CreatedBy = "系统",
                PublishedAt = now,
                PublishedBy = "系统",
            };
            version.WriteDocument(definition.Document);
            db.Add(new WorkflowDefinition { Name = definition.Name, Title = definition.Title, CreatedAt = now, Versions = [version] });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
