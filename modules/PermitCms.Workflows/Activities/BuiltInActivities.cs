namespace PermitCms.Workflows.Activities;

/// <summary>Names of the activities this module provides (definitions refer to them by name).</summary>
public static class BuiltInActivities
{
    public const string Notify = "notify";
    public const string Webhook = "webhook";
}
