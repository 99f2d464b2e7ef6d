using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Workflows.Runtime;

/// <summary>
/// Compiled versions by id. Only published and retired versions are cached: they never change again, so the
/// cache needs no invalidation. Drafts are compiled afresh (they run no items, only previews).
/// </summary>
public sealed class WorkflowDefinitionCache
{
    private readonly ConcurrentDictionary<int, CompiledWorkflow> compiled = new();

    public async Task<CompiledWorkflow?> GetAsync(PermitCmsDbContext db, int versionId, CancellationToken cancellationToken)
    {
        if (compiled.TryGetValue(versionId, out var cached))
        {
            return cached;
        }

        var version = await db.Set<WorkflowDefinitionVersion>().AsNoTracking()
            .Where(v => v.Id == versionId)
            .Select(v => new { v.Id, v.VersionNumber, v.Status, v.Document, Name = v.Definition!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return null;
        }

        var workflow = new CompiledWorkflow(version.Id, version.VersionNumber, version.Name, WorkflowDocumentSerializer.Deserialize(version.Document));
        return version.Status == WorkflowVersionStatus.Draft ? workflow : compiled.GetOrAdd(versionId, workflow);
    }

    public async Task<CompiledWorkflow?> GetPublishedAsync(PermitCmsDbContext db, string workflowName, CancellationToken cancellationToken)
    {
        var id = await db.Set<WorkflowDefinitionVersion>().AsNoTracking()
            .Where(v => v.Definition!.Name == workflowName && v.Status == WorkflowVersionStatus.Published)
            .Select(v => (int?)v.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await GetAsync(db, id.Value, cancellationToken);
    }
}
