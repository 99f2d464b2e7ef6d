using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Deadlines;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Workflows.Runtime;

/// <summary>
/// Fires one trigger: every check first (role and owner, comment, guards, activities known), then state, history
/// and activities saved in one transaction whose UPDATE of the item is guarded by its concurrency token.
/// </summary>
internal sealed class WorkflowFireExecutor(
    PermitCmsDbContext db,
    WorkflowDefinitionCache cache,
    IEnumerable<IWorkflowGuard> guards,
    IEnumerable<IWorkflowActivity> activities,
    WebhookSignal webhookSignal,
    DeadlineTracker deadlines,
    TimeProvider time)
{
    public const int CommentMaxLength = 2000;
    public const string ConflictMessage = "该事项已被他人修改，请刷新后重试。";

    public async Task<WorkflowFireResult> FireAsync(IWorkflowSubject subject, string trigger, ClaimsPrincipal user, string? comment, CancellationToken cancellationToken)
    {
        var workflow = await cache.GetAsync(db, subject.WorkflowDefinitionVersionId, cancellationToken);
        if (workflow is null)
        {
            return WorkflowFireResult.Fail(WorkflowFireStatus.NotPermitted, "该事项的流程版本不存在，无法操作。");
        }

        var from = subject.WorkflowState;
        var transition = workflow.FindTransition(from, trigger);
        var machine = WorkflowMachineFactory.Create(workflow, subject, user);
        if (transition is null)
        {
            return WorkflowFireResult.Fail(WorkflowFireStatus.NotPermitted, $"当前状态「{workflow.StateName(from)}」下不能执行该操作（{trigger}）。");
        }

        if (!machine.CanFire(trigger))
        {
            return WorkflowFireResult.Fail(WorkflowFireStatus.NotPermitted, $"您无权对该事项执行「{transition.NameZh}」。");
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (transition.CommentRequired && comment is null)
        {
            return WorkflowFireResult.Fail(WorkflowFireStatus.CommentRequired, $"执行「{transition.NameZh}」必须填写意见。");
        }

        if (comment is { Length: > CommentMaxLength })
        {
            return WorkflowFireResult.Fail(WorkflowFireStatus.CommentRequired, $"意见不能超过 {CommentMaxLength} 个字。");
        }

        var guardErrors = await CheckGuardsAsync(transition, subject, cancellationToken);
        if (guardErrors.Count > 0)
        {
            return new WorkflowFireResult(WorkflowFireStatus.GuardFailed, guardErrors);
        }

        var steps = new List<(IWorkflowActivity Activity, string? Settings)>();
        foreach (var configured in transition.Activities)
        {
            var activity = activities.FirstOrDefault(a => a.Name == configured.Name);
            if (activity is null)
            {
                // Fail closed: a transition whose notification or webhook cannot run must not pass silently.
                return WorkflowFireResult.Fail(WorkflowFireStatus.NotPermitted, $"流程活动「{configured.Name}」未在系统中注册，操作已拒绝，请联系管理员。");
            }

            steps.Add((activity, configured.Settings));
        }

        return await MoveAsync(workflow, transition, subject, machine, user, comment, steps, cancellationToken);
    }

    private async Task<List<string>> CheckGuardsAsync(WorkflowTransitionDefinition transition, IWorkflowSubject subject, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        foreach (var name in transition.Guards)
        {
            var guard = guards.FirstOrDefault(g => g.Name == name);
            if (guard is null)
            {
                // Fail closed: a condition nobody can check is a condition not met.
                errors.Add($"流程条件「{name}」未在系统中注册，无法确认可以「{transition.NameZh}」，操作已拒绝，请联系管理员。");
                continue;
            }

            errors.AddRange(await guard.CheckAsync(subject, cancellationToken));
        }

        return errors;
    }

    private async Task<WorkflowFireResult> MoveAsync(
        CompiledWorkflow workflow,
        WorkflowTransitionDefinition transition,
        IWorkflowSubject subject,
        Stateless.StateMachine<string, string> machine,
        ClaimsPrincipal user,
        string? comment,
        List<(IWorkflowActivity Activity, string? Settings)> steps,
        CancellationToken cancellationToken)
    {
        var entry = db.Entry(subject);
        if (entry.State == EntityState.Detached)
        {
            throw new InvalidOperationException("FireAsync needs a subject tracked by the DbContext.");
        }

        if (!entry.Property(nameof(IWorkflowSubject.WorkflowVersion)).Metadata.IsConcurrencyToken)
        {
            // Without the token two people could both win; refuse loudly rather than lose an update quietly.
            throw new InvalidOperationException($"{entry.Metadata.ClrType.Name}.WorkflowVersion must be configured with IsConcurrencyToken().");
        }

        var from = subject.WorkflowState;
        var originalVersion = subject.WorkflowVersion;
        var addedBefore = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            machine.Fire(transition.Trigger);
            subject.WorkflowVersion = originalVersion + 1;
            db.Add(NewHistory(subject, workflow.VersionId, from, subject.WorkflowState, transition.Trigger, transition.NameZh, user, comment, now));
            var opened = await deadlines.OpenAsync(subject, workflow, subject.WorkflowState, now, cancellationToken);
            foreach (var (activity, settings) in steps)
            {
                var context = new WorkflowActivityContext(subject, workflow.WorkflowName, from, subject.WorkflowState, transition.Trigger, comment, user, settings);
                await activity.ExecuteAsync(context, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);

            // After the guarded save, so that a conflict leaves the open deadline as it was.
            await deadlines.CloseAsync(subject, opened, now, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            await RollBackAsync(transaction, subject, from, originalVersion, addedBefore);
            return WorkflowFireResult.Fail(WorkflowFireStatus.Conflict, ConflictMessage);
        }
        catch
        {
            await RollBackAsync(transaction, subject, from, originalVersion, addedBefore);
            throw;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        webhookSignal.Notify();
        return WorkflowFireResult.Success(subject.WorkflowState);
    }

    /// <summary>Leaves the context as it was before the fire: item state and token restored, our new rows dropped.</summary>
    private async Task RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction, IWorkflowSubject subject, string from, int originalVersion, HashSet<object> addedBefore)
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }

        subject.WorkflowState = from;
        subject.WorkflowVersion = originalVersion;
        foreach (EntityEntry entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && !addedBefore.Contains(e.Entity)).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    internal static WorkflowHistory NewHistory(IWorkflowSubject subject, int versionId, string? from, string to, string trigger, string? triggerName, ClaimsPrincipal user, string? comment, DateTime now)
        => new()
        {
            ItemType = subject.WorkflowItemType,
            ItemId = subject.WorkflowItemId,
            DefinitionVersionId = versionId,
            FromState = from,
            ToState = to,
            Trigger = trigger,
            TriggerNameZh = triggerName,
            UserId = user.GetUserId() ?? "",
            UserName = user.GetDisplayName(),
            OccurredAt = now,
            Comment = comment,
        };
}
