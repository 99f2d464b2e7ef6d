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
/// </summary>
internal sealed class DeadlineFirer(PermitCmsDbContext db, WorkflowDefinitionCache cache)
{
    /// <summary>True when this call won the claim (and wrote the messages).</summary>
    public async Task<bool> FireAsync(long id, DeadlineEvent kind, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = db.Set<WorkflowDeadline>().Where(d => d.Id == id && d.ClosedAt == null);
        var won = kind == DeadlineEvent.Reminder
            ? await row.Where(d => d.RemindedAt == null).ExecuteUpdateAsync(u => u.SetProperty(d => d.RemindedAt, now), cancellationToken)
            : await row.Where(d => d.EscalatedAt == null).ExecuteUpdateAsync(u => u.SetProperty(d => d.EscalatedAt, now), cancellationToken);
        if (won != 1)
        {
            return false;
        }

        var deadline = await db.Set<WorkflowDeadline>().AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
        var workflow = await cache.GetAsync(db, deadline.DefinitionVersionId, cancellationToken);
        if (workflow?.FindState(deadline.State) is { TimeLimit: { } limit } state)
        {
            var (title, body) = Message(kind, deadline, state.NameZh, limit);
            var roles = kind == DeadlineEvent.Reminder ? limit.RemindRoles : limit.EscalateRoles;
            foreach (var userId in await NotificationRecipients.InRolesAsync(db, roles, cancellationToken))
            {
                db.Add(new Notification { UserId = userId, Title = title, Body = body, Url = deadline.ItemUrl, CreatedAt = now });
            }

            if (WebhookUrl.IsValid(limit.WebhookUrl))
            {
                db.Add(new WebhookDelivery
                {
                    Url = limit.WebhookUrl!,
                    Payload = Payload(kind, deadline, workflow.WorkflowName, now),
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

    private static (string Title, string Body) Message(DeadlineEvent kind, WorkflowDeadline deadline, string stateName, WorkflowTimeLimit limit)
    {
        var due = DisplayTime.Format(deadline.DueAt);
        var (title, body) = kind == DeadlineEvent.Reminder
            ? ($"{deadline.ItemName}：办理时限提醒", $"「{stateName}」的办理时限还剩 {limit.RemindBeforeDays} 个工作日（{due} 到期），请及时处理。")
            : ($"{deadline.ItemName}：已超过办理时限", $"「{stateName}」已超过 {limit.WorkingDays} 个工作日的办理时限（{due} 到期），请尽快处理。");
        return (Cut(title, Notification.TitleMaxLength), Cut(body, Notification.BodyMaxLength));
    }

    private static string Payload(DeadlineEvent kind, WorkflowDeadline deadline, string workflowName, DateTime now) => JsonSerializer.Serialize(new
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
    });

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
