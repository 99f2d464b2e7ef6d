using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;

namespace PermitCms.Workflows.Definitions;

/// <summary>Seeds the default "Permit" workflow, published, when no definition of that name exists yet.</summary>
internal sealed class WorkflowSeeder(PermitCmsDbContext db, TimeProvider time) : IDataSeeder
{
    public int Order => -50;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<WorkflowDefinition>().AnyAsync(d => d.Name == DefaultPermitWorkflow.Name, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
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
        version.WriteDocument(DefaultPermitWorkflow.Create());
        db.Add(new WorkflowDefinition { Name = DefaultPermitWorkflow.Name, Title = DefaultPermitWorkflow.Title, CreatedAt = now, Versions = [version] });
        await db.SaveChangesAsync(cancellationToken);
    }
}
