using System.Text.Json;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Workflows.Activities;

/// <summary>
/// Queues a signed JSON POST in the transition's transaction: it is sent only if the transition commits,
/// and sent by <see cref="WebhookSender"/> later, so the receiver never slows the user down.
/// </summary>
internal sealed class WebhookActivity(PermitCmsDbContext db, TimeProvider time) : IWorkflowActivity
{
    public string Name => BuiltInActivities.Webhook;

    public string Description => "Webhook：向配置的地址推送带 HMAC-SHA256 签名的 JSON";

    public Task ExecuteAsync(WorkflowActivityContext context, CancellationToken cancellationToken)
    {
        var settings = ActivitySettingsJson.Read<WebhookSettings>(context.Settings);
        if (settings is null || !WebhookUrl.IsValid(settings.Url))
        {
            // Validation refuses such a definition; a bad one that slipped through must not lose the call silently.
            throw new InvalidOperationException($"Webhook settings of trigger '{context.Trigger}' have no valid URL.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var payload = JsonSerializer.Serialize(new
        {
            @event = "workflow.transition",
            workflow = context.WorkflowName,
            versionId = context.Subject.WorkflowDefinitionVersionId,
            itemType = context.Subject.WorkflowItemType,
            itemId = context.Subject.WorkflowItemId,
            itemName = (context.Subject as IWorkflowSubjectDisplay)?.WorkflowDisplayName,
            ownerEnterpriseId = context.Subject.OwnerEnterpriseId,
            from = context.FromState,
            to = context.ToState,
            trigger = context.Trigger,
            comment = context.Comment,
            user = new { id = context.User.GetUserId(), name = context.User.GetDisplayName() },
            occurredAt = now,
        });
        db.Add(new WebhookDelivery
        {
            Url = settings.Url,
            Payload = payload,
            Status = WebhookDeliveryStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        });
        return Task.CompletedTask;
    }
}
