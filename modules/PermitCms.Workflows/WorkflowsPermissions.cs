using PermitCms.Core.Security;

namespace PermitCms.Workflows;

public static class WorkflowsPermissions
{
    /// <summary>Configure workflow definitions, publish them, and see webhook deliveries.</summary>
    public static readonly Permission Manage = new("Workflows.Manage", "流程配置", Roles.Administrator);

    /// <summary>Read the own notifications: every signed-in role.</summary>
    public static readonly Permission Notifications = new("Workflows.Notifications", "站内通知", Roles.Enterprise, Roles.Reviewer, Roles.Administrator);
}
