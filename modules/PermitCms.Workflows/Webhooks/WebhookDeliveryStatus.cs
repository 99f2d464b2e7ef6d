namespace PermitCms.Workflows.Webhooks;

public enum WebhookDeliveryStatus
{
    Pending,
    Succeeded,

    /// <summary>Gave up after the last attempt; shown to administrators, who may retry it.</summary>
    Failed,
}
