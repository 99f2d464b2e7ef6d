using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Calendar;
using PermitCms.Workflows.Runtime;

namespace PermitCms.Workflows.Deadlines;

/// <summary>Opens a deadline when an item enters a state with a time limit and closes the open one when it leaves.</summary>
internal sealed class DeadlineTracker(PermitCmsDbContext db, WorkingDays workingDays)
{
    /// <summary>Adds the deadline row for entering <paramref name="state"/> (saved by the caller's SaveChanges), if it has a limit.</summary>
    public async Task<WorkflowDeadline?> OpenAsync(IWorkflowSubject subject, CompiledWorkflow workflow, string state, DateTime now, CancellationToken cancellationToken)
    {
        if (workflow.FindState(state)?.TimeLimit is not { WorkingDays: > 0 } limit)
        {
            return null;
        }

        var calendar = await workingDays.LoadAsync(cancellationToken);
        var display = subject as IWorkflowSubjectDisplay;
        var remind = limit.RemindBeforeDays is > 0 && limit.RemindBeforeDays < limit.WorkingDays;
        var deadline = new WorkflowDeadline
        {
            ItemType = subject.WorkflowItemType,
            ItemId = subject.WorkflowItemId,
            State = state,
            DefinitionVersionId = workflow.VersionId,
            ItemName = Truncate(display?.WorkflowDisplayName ?? $"{subject.WorkflowItemType} {subject.WorkflowItemId}", 200),
            ItemUrl = display?.GetWorkflowUrl(true),
            EnteredAt = now,
            DueAt = calendar.AddWorkingDays(now, limit.WorkingDays),
            RemindAt = remind ? calendar.AddWorkingDays(now, limit.WorkingDays - limit.RemindBeforeDays) : null,
        };
        db.Add(deadline);
        return deadline;
    }

    /// <summary>Closes the item's open deadlines except <paramref name="keep"/>; runs inside the transition's transaction.</summary>
    public Task CloseAsync(IWorkflowSubject subject, WorkflowDeadline? keep, DateTime now, CancellationToken cancellationToken)
    {
        var (type, id, keepId) = (subject.WorkflowItemType, subject.WorkflowItemId, keep?.Id ?? 0);
        return db.Set<WorkflowDeadline>()
            .Where(d => d.ItemType == type && d.ItemId == id && d.ClosedAt == null && d.Id != keepId)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.ClosedAt, now), cancellationToken);
    }

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;
}
