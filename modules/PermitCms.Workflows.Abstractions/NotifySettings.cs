namespace PermitCms.Workflows.Abstractions;

/// <summary>Settings of the built-in <see cref="BuiltInActivities.Notify"/> activity, written with <see cref="ActivitySettingsJson"/>.</summary>
public sealed class NotifySettings
{
    /// <summary>Notify the users of the item's owner enterprise.</summary>
    public bool Owner { get; set; }

    /// <summary>Notify every user in these roles.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Optional message text; by default it names the item, the action and the new state.</summary>
    public string? Message { get; set; }
}
