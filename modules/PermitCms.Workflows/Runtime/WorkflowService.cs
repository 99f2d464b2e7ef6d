using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Deadlines;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Workflows.Runtime;

/// <summary>The runtime behind <see cref="IWorkflowService"/>: Stateless over the item's stored state, one transaction per fire.</summary>
internal sealed class WorkflowService(
    PermitCmsDbContext db,
    WorkflowDefinitionCache cache,
    WorkflowFireExecutor executor,
    DeadlineTracker deadlines,
    TimeProvider time) : IWorkflowService
{
    public const string CreateTrigger = "create";

    // The freshness check of every list page (GetStatesAsync), compiled so that each call skips the expression-tree work.
    private static readonly CompiledQueryPerModel<Func<PermitCmsDbContext, string, IAsyncEnumerable<int>>> LiveVersionIds = new(() => EF.CompileAsyncQuery(
        (PermitCmsDbContext db, string workflowName) => db.Set<WorkflowDefinitionVersion>().AsNoTracking()
            .Where(v => v.Definition!.Name == workflowName && v.Status != WorkflowVersionStatus.Draft)
            .OrderByDescending(v => v.VersionNumber)
            .Select(v => v.Id)));

    public async Task StartAsync(IWorkflowSubject subject, string workflowName, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var workflow = await cache.GetPublishedAsync(db, workflowName, cancellationToken)
            ?? throw new InvalidOperationException($"流程「{workflowName}」没有已发布的版本。");
        var initial = workflow.Document.InitialState
            ?? throw new InvalidOperationException($"流程「{workflowName}」第 {workflow.VersionNumber} 版没有初始状态。");
        var entry = db.Entry(subject);
        if (entry.State == EntityState.Detached)
        {
            throw new InvalidOperationException("StartAsync needs the subject added to the DbContext first.");
        }

        subject.WorkflowDefinitionVersionId = workflow.VersionId;
        subject.WorkflowState = initial.Code;
        var now = time.GetUtcNow().UtcDateTime;
        var history = WorkflowFireExecutor.NewHistory(subject, workflow.VersionId, null, initial.Code, CreateTrigger, "新建", user, null, now);
        var limited = initial.TimeLimit is { WorkingDays: > 0 };

        if (entry.IsKeySet && !entry.Metadata.FindPrimaryKey()!.Properties.Any(p => entry.Property(p.Name).IsTemporary))
        {
            db.Add(history);
            await deadlines.OpenAsync(subject, workflow, initial.Code, now, cancellationToken);
            return;
        }

        // The item gets its key from the database on the caller's save; the "create" entry needs that key,
        // so it is written right after that save (inside the caller's transaction, if it has one).
        void Unsubscribe()
        {
            db.SavedChanges -= WriteCreateEntry;
            db.SaveChangesFailed -= Abandon;
        }

        void WriteCreateEntry(object? sender, SavedChangesEventArgs e)
        {
            Unsubscribe();
            history.ItemId = subject.WorkflowItemId;
            db.Add(history);
            if (limited)
            {
                // Rare (a limit on the initial state) and inside a synchronous event: the calendar read blocks here.
                deadlines.OpenAsync(subject, workflow, initial.Code, now, CancellationToken.None).GetAwaiter().GetResult();
            }

            db.SaveChanges();
        }

        // A failed save did not create the item; a later save must not write its "create" entry.
        void Abandon(object? sender, SaveChangesFailedEventArgs e) => Unsubscribe();

        db.SavedChanges += WriteCreateEntry;
        db.SaveChangesFailed += Abandon;
    }

    public async Task<IReadOnlyList<WorkflowTrigger>> GetPermittedTriggersAsync(IWorkflowSubject subject, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var workflow = await cache.GetAsync(db, subject.WorkflowDefinitionVersionId, cancellationToken);
        if (workflow?.FindState(subject.WorkflowState) is null)
        {
            return [];
        }

        var permitted = (await WorkflowMachineFactory.Create(workflow, subject, user).GetPermittedTriggersAsync()).ToHashSet(StringComparer.Ordinal);
        return workflow.TransitionsFrom(subject.WorkflowState)
            .Where(t => permitted.Remove(t.Trigger))
            .Select(t => new WorkflowTrigger(t.Trigger, t.NameZh, t.NameEn, t.CommentRequired))
            .ToList();
    }

    public Task<WorkflowFireResult> FireAsync(IWorkflowSubject subject, string trigger, ClaimsPrincipal user, string? comment, CancellationToken cancellationToken = default)
        => executor.FireAsync(subject, trigger, user, comment, cancellationToken);

    public async Task<IReadOnlyList<WorkflowHistoryEntry>> GetHistoryAsync(string itemType, string itemId, CancellationToken cancellationToken = default)
        => await db.Set<WorkflowHistory>().AsNoTracking()
            .Where(h => h.ItemType == itemType && h.ItemId == itemId)
            .OrderBy(h => h.OccurredAt).ThenBy(h => h.Id)
            .Select(h => new WorkflowHistoryEntry(h.ItemType, h.ItemId, h.FromState, h.ToState, h.Trigger, h.TriggerNameZh, h.UserId, h.UserName, h.OccurredAt, h.Comment))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<WorkflowStateInfo>> GetStatesAsync(string workflowName, CancellationToken cancellationToken = default)
    {
        // Newest live version first, so that a state renamed later shows its current name. Only the ids are read:
        // a live (published or retired) version's document never changes, so the compiled cache holds it.
        var ids = await LiveVersionIds.For(db)(db, workflowName).ToListAsync(cancellationToken);
        var versions = new List<CompiledWorkflow>(ids.Count);
        foreach (var id in ids)
        {
            if (await cache.GetAsync(db, id, cancellationToken) is { } version)
            {
                versions.Add(version);
            }
        }

        return versions.SelectMany(v => v.Document.States)
            .DistinctBy(s => s.Code)
            .Select(CompiledWorkflow.ToInfo)
            .ToList();
    }

    public async Task<WorkflowStateInfo> GetStateAsync(IWorkflowSubject subject, CancellationToken cancellationToken = default)
    {
        var workflow = await cache.GetAsync(db, subject.WorkflowDefinitionVersionId, cancellationToken);
        return workflow?.StateInfo(subject.WorkflowState)
            ?? new WorkflowStateInfo(subject.WorkflowState, subject.WorkflowState, subject.WorkflowState, false, true, false);
    }
}
