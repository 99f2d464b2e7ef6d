namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// Names of the activities the Workflows module provides. In the contract so that a module's default
/// definition can attach them (<see cref="WorkflowActivityDefinition.Name"/>) without referencing Workflows.
/// </summary>
public static class BuiltInActivities
{
    public const string Notify = "notify";
    public const string Webhook = "webhook";
}
