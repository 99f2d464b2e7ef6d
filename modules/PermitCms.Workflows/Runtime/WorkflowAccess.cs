using System.Security.Claims;
using PermitCms.Core.Accounts;
using PermitCms.Core.Security;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Workflows.Runtime;

/// <summary>
/// Who may fire a transition: one of its roles, and for "Enterprise" only on the own enterprise's items; or the
/// timer's <see cref="WorkflowSystemActor"/> made for exactly this trigger (a state's escalation trigger).
/// </summary>
public static class WorkflowAccess
{
    public static bool MayFire(WorkflowTransitionDefinition transition, IWorkflowSubject subject, ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        if (WorkflowSystemActor.MayFire(user, transition))
        {
            return true;
        }

        foreach (var role in transition.Roles)
        {
            if (!user.IsInRole(role))
            {
                continue;
            }

            if (role != Roles.Enterprise)
            {
                return true;
            }

            // An enterprise user acts on the own enterprise's items only; an item without owner belongs to no one.
            if (user.GetEnterpriseId() is { } enterpriseId && subject.OwnerEnterpriseId == enterpriseId)
            {
                return true;
            }
        }

        return false;
    }
}
