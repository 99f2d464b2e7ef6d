namespace PermitCms.Workflows.Activities;

/// <summary>Settings of the built-in "webhook" activity.</summary>
public sealed class WebhookSettings
{
    /// <summary>Absolute http(s) URL the JSON is POSTed to.</summary>
    public string Url { get; set; } = "";
}
