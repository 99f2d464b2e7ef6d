namespace PermitCms.Workflows.Notifications;

/// <summary>An in-app message for one user (fanned out when written, so "unread" is a plain per-user count).</summary>
public sealed class Notification
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 1000;

    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string Title { get; set; }

    public string Body { get; set; } = "";

    /// <summary>Where the message leads (app-relative), if the item told us.</summary>
    public string? Url { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
