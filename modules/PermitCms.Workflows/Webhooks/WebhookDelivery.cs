namespace PermitCms.Workflows.Webhooks;

/// <summary>
/// A webhook call queued by a transition inside its transaction and sent later by <see cref="WebhookSender"/>,
/// so a slow or broken receiver never blocks or undoes the transition.
/// </summary>
public sealed class WebhookDelivery
{
    public const int UrlMaxLength = 500;

    public long Id { get; set; }

    public required string Url { get; set; }

    /// <summary>The exact JSON body that is signed and sent.</summary>
    public required string Payload { get; set; }

    public WebhookDeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTime? DeliveredAt { get; set; }

    /// <summary>Concurrency token: two app instances never send the same delivery at once.</summary>
    public int Revision { get; set; }
}
