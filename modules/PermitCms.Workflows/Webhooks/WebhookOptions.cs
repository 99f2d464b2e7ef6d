namespace PermitCms.Workflows.Webhooks;

/// <summary>The "Workflows:Webhooks" configuration section.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Workflows:Webhooks";

    /// <summary>
    /// Key of the HMAC-SHA256 signature sent as <c>X-PermitCms-Signature: sha256=&lt;hex&gt;</c>. Kept in configuration
    /// (user secrets, environment), never in the definition that administrators see.
    /// </summary>
    public string Secret { get; set; } = "";

    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait before the second attempt; doubled for each further one.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sender looks for due deliveries when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
