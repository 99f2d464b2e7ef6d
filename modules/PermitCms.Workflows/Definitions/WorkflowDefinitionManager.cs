using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Definitions;

/// <summary>The administrator's commands on versions: draft from the published one, save, validate, publish.</summary>
public sealed class WorkflowDefinitionManager(
    PermitCmsDbContext db,
    IEnumerable<IWorkflowGuard> guards,
    IEnumerable<IWorkflowActivity> activities,
    TimeProvider time,
    IAuditLog audit)
{
    public const string EditConflictMessage = "该草稿已被其他管理员修改，请刷新后重试。";

    public IReadOnlyList<IWorkflowGuard> Guards { get; } = guards.OrderBy(g => g.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyList<IWorkflowActivity> Activities { get; } = activities.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyList<WorkflowValidationMessage> Validate(WorkflowDocument document)
        => WorkflowValidator.Validate(
            document,
            Guards.Select(g => g.Name).ToHashSet(StringComparer.Ordinal),
            Activities.Select(a => a.Name).ToHashSet(StringComparer.Ordinal));

    /// <summary>A new draft copied from the published version; refused while a draft already exists.</summary>
    public async Task<(WorkflowDefinitionVersion? Draft, string? Error)> CreateDraftAsync(int definitionId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var versions = await db.Set<WorkflowDefinitionVersion>().Where(v => v.DefinitionId == definitionId).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return (null, "流程不存在。");
        }

        if (versions.FirstOrDefault(v => v.Status == WorkflowVersionStatus.Draft) is { } existing)
        {
            return (null, $"已有草稿（第 {existing.VersionNumber} 版），请继续编辑它或先发布。");
        }

        var source = versions.FirstOrDefault(v => v.Status == WorkflowVersionStatus.Published) ?? versions.MaxBy(v => v.VersionNumber)!;
        var draft = new WorkflowDefinitionVersion
        {
            DefinitionId = definitionId,
            VersionNumber = versions.Max(v => v.VersionNumber) + 1,
            Status = WorkflowVersionStatus.Draft,
            Note = $"由第 {source.VersionNumber} 版复制",
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = user.GetDisplayName(),
        };
        draft.WriteDocument(WorkflowDocumentSerializer.Clone(source.ReadDocument()));
        db.Add(draft);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another administrator created the draft (same version number) a moment ago.
            db.Entry(draft).State = EntityState.Detached;
            return (null, "其他管理员刚刚创建了草稿，请刷新后继续。");
        }

        return (draft, null);
    }

    /// <summary>Saves an edited document of a draft; the revision the editor loaded guards against lost updates.</summary>
    public async Task<string?> SaveDraftAsync(int versionId, int loadedRevision, WorkflowDocument document, CancellationToken cancellationToken)
    {
        var version = await db.Set<WorkflowDefinitionVersion>().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is null)
        {
            return "版本不存在。";
        }

        if (version.Status != WorkflowVersionStatus.Draft)
        {
            return "只有草稿可以修改；已发布和已停用的版本不能更改。";
        }

        if (version.Revision != loadedRevision)
        {
            return EditConflictMessage;
        }

        version.WriteDocument(document);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditConflictMessage;
        }
    }

    /// <summary>Discards a draft (no item ever runs on a draft, so nothing depends on it).</summary>
    public async Task<string?> DeleteDraftAsync(int versionId, CancellationToken cancellationToken)
    {
        var version = await db.Set<WorkflowDefinitionVersion>().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is not { Status: WorkflowVersionStatus.Draft })
        {
            return version is null ? "版本不存在。" : "只有草稿可以删除；已发布和已停用的版本要为进行中的事项保留。";
        }

        db.Remove(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "该草稿刚被其他管理员修改或发布，请刷新后重试。";
        }
    }

    /// <summary>Publishes a valid draft; the previously published version is retired (its items keep running on it).</summary>
    public async Task<IReadOnlyList<WorkflowValidationMessage>> PublishAsync(int versionId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var version = await db.Set<WorkflowDefinitionVersion>().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is not { Status: WorkflowVersionStatus.Draft })
        {
            return [new(true, version is null ? "版本不存在。" : "只有草稿可以发布。")];
        }

        var errors = Validate(version.ReadDocument()).Where(m => m.IsError).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var published = await db.Set<WorkflowDefinitionVersion>()
            .Where(v => v.DefinitionId == version.DefinitionId && v.Status == WorkflowVersionStatus.Published)
            .ToListAsync(cancellationToken);
        foreach (var old in published)
        {
            old.Status = WorkflowVersionStatus.Retired;
            old.Revision++;
        }

        version.Status = WorkflowVersionStatus.Published;
        version.PublishedAt = now;
        version.PublishedBy = user.GetDisplayName();
        version.Revision++;
        var definition = await db.Set<WorkflowDefinition>().Where(d => d.Id == version.DefinitionId).Select(d => d.Name).SingleAsync(cancellationToken);
        var entry = audit.Record(AuditKinds.WorkflowPublished, $"流程：{definition}；版本：{version.VersionNumber}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(entry).State = EntityState.Detached; // nothing was published, so nothing is recorded
            return [new(true, "发布时版本已被其他管理员修改，请刷新后重试。")];
        }

        return [];
    }
}
