using System.Security.Claims;
using PermitCms.Core.Accounts;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Runtime;

/// <summary>
/// Who fires an escalation trigger: not a user and not a role, but a principal the timer builds in memory for one
/// trigger. Its authentication type cannot come from a cookie or a token, so no request can act as it, and it may
/// fire only the trigger it was made for — whatever roles that transition names.
/// </summary>
public static class WorkflowSystemActor
{
    public const string DisplayName = "系统（办理时限）";
    private const string AuthenticationType = "PermitCms.WorkflowTimer";
    private const string TriggerClaim = "permitcms:timer-trigger";

    public static ClaimsPrincipal For(string trigger) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, DisplayName),
            new Claim(PermitCmsClaimTypes.DisplayName, DisplayName),
            new Claim(TriggerClaim, trigger),
        ],
        AuthenticationType));

    /// <summary>True when <paramref name="user"/> is the timer's actor made for this transition's trigger.</summary>
    public static bool MayFire(ClaimsPrincipal user, WorkflowTransitionDefinition transition)
        => user.Identities.Any(i => i.AuthenticationType == AuthenticationType && i.IsAuthenticated && i.FindFirst(TriggerClaim)?.Value == transition.Trigger);
}
