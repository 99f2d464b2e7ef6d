using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Core.Formatting;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Notifications;
using PermitCms.Workflows.Runtime;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Workflows.Deadlines;

/// <summary>
/// Claims one deadline event and writes its notifications and webhook row, all in one transaction: the claim is
/// <c>UPDATE … SET RemindedAt = now WHERE Id = @id AND RemindedAt IS NULL</c>, and one affected row means this
/// instance won. On PostgreSQL a second instance's UPDATE waits for the first to commit and then matches nothing.
/// An escalation whose state names a trigger fires it first (<see cref="EscalationTrigger"/>) in the same transaction.
/// </summary>
internal sealed class DeadlineFirer(PermitCmsDbContext db, WorkflowDefinitionCache cache, EscalationTrigger escalationTrigger)
{
    /// <summary>True when this call won the claim (and wrote the messages).</summary>
    public async Task<bool> FireAsync(long id, DeadlineEvent kind, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var deadline = await db.Set<WorkflowDeadline>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var workflow = deadline is null ? null : await cache.GetAsync(db, deadline.DefinitionVersionId, cancellationToken);
        var limit = workflow?.FindState(deadline!.State)?.TimeLimit;
        EscalationOutcome? outcome = null;
        if (kind == DeadlineEvent.Escalation && deadline is { ClosedAt: null, EscalatedAt: null } && workflow is not null && limit?.EscalateTrigger is { Length: > 0 } trigger)
        {
            // The transition goes first so that its locks are taken in the order every transition takes them
            // (the item, then its deadline rows); its concurrency token makes it the one winner between instances.
            outcome = await escalationTrigger.FireAsync(deadline, workflow, limit, trigger, cancellationToken);
            if (outcome is null)
            {
                return false;
            }
        }

        // After a transition the deadline is closed (by that same transition), so only the escalation flag decides.
        var closedByTransition = outcome is { Fired: true };
        var row = db.Set<WorkflowDeadline>().Where(d => d.Id == id && (d.ClosedAt == null || closedByTransition));
        var won = kind == DeadlineEvent.Reminder
            ? await row.Where(d => d.RemindedAt == null).ExecuteUpdateAsync(u => u.SetProperty(d => d.RemindedAt, now), cancellationToken)
            : await row.Where(d => d.EscalatedAt == null).ExecuteUpdateAsync(u => u.SetProperty(d => d.EscalatedAt, now), cancellationToken);
        if (won != 1)
        {
            return false;
        }

        if (workflow?.FindState(deadline!.State) is { TimeLimit: { } stateLimit } state)
        {
            var (title, body) = Message(kind, deadline, state.NameZh, stateLimit, outcome);
            var roles = kind == DeadlineEvent.Reminder ? stateLimit.RemindRoles : stateLimit.EscalateRoles;
            foreach (var userId in await NotificationRecipients.InRolesAsync(db, roles, cancellationToken))
            {
                db.Add(new Notification { UserId = userId, Title = title, Body = body, Url = deadline.ItemUrl, CreatedAt = now });
            }

            if (WebhookUrl.IsValid(stateLimit.WebhookUrl))
            {
                db.Add(new WebhookDelivery
                {
                    Url = stateLimit.WebhookUrl!,
                    Payload = Payload(kind, deadline, workflow.WorkflowName, now, outcome),
                    Status = WebhookDeliveryStatus.Pending,
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static (string Title, string Body) Message(DeadlineEvent kind, WorkflowDeadline deadline, string stateName, WorkflowTimeLimit limit, EscalationOutcome? outcome)
    {
        var due = DisplayTime.Format(deadline.DueAt);
        var (title, body) = kind == DeadlineEvent.Reminder
            ? ($"{deadline.ItemName}：办理时限提醒", $"「{stateName}」的办理时限还剩 {limit.RemindBeforeDays} 个工作日（{due} 到期），请及时处理。")
            : ($"{deadline.ItemName}：已超过办理时限", $"「{stateName}」已超过 {limit.WorkingDays} 个工作日的办理时限（{due} 到期），"
                + (outcome is null ? "请尽快处理。" : outcome.Summary));
        return (Cut(title, Notification.TitleMaxLength), Cut(body, Notification.BodyMaxLength));
    }

    private static string Payload(DeadlineEvent kind, WorkflowDeadline deadline, string workflowName, DateTime now, EscalationOutcome? outcome) => JsonSerializer.Serialize(new
    {
        @event = kind == DeadlineEvent.Reminder ? "workflow.deadline.reminder" : "workflow.deadline.escalation",
        workflow = workflowName,
        versionId = deadline.DefinitionVersionId,
        itemType = deadline.ItemType,
        itemId = deadline.ItemId,
        itemName = deadline.ItemName,
        state = deadline.State,
        enteredAt = deadline.EnteredAt,
        dueAt = deadline.DueAt,
        occurredAt = now,
        trigger = outcome?.Trigger,
        triggerFired = outcome?.Fired,
        newState = outcome?.NewState,
    });

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
