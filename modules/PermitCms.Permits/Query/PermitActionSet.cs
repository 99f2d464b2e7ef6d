using System.Security.Claims;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Query;

/// <summary>
/// What a user may do with an application in one state of one definition version: the state's names and
/// flags and the triggers the workflow permits. For the user's own enterprise these depend on nothing else
/// (role, ownership, state, version), so a list computes one set per distinct (state, version) and shares it.
/// </summary>
public sealed record PermitActionSet(WorkflowStateInfo State, IReadOnlyList<WorkflowTrigger> Triggers)
{
    /// <summary>修改 opens the editor: the state lets the owner edit and no trigger already carries that name.</summary>
    public bool ShowEdit => State.OwnerCanEdit && !Triggers.Any(t => t.NameZh == "修改");

    /// <summary>Triggers that would be destroying or withdrawing something ask for confirmation first.</summary>
    public static bool NeedsConfirmation(WorkflowTrigger trigger) => trigger.Code is PermitTriggers.Delete or PermitTriggers.Withdraw;

    /// <summary>Computes the set with the workflow itself, on a stand-in carrying only what the decision reads.</summary>
    public static async Task<PermitActionSet> ForAsync(
        IWorkflowService workflow, int enterpriseId, string state, int versionId, ClaimsPrincipal user, CancellationToken ct)
    {
        var probe = new PermitApplication { EnterpriseId = enterpriseId, WorkflowState = state, WorkflowDefinitionVersionId = versionId };
        return new PermitActionSet(await workflow.GetStateAsync(probe, ct), await workflow.GetPermittedTriggersAsync(probe, user, ct));
    }

    /// <summary>The sets of a page of the enterprise's list: one per distinct (state, version), never one per row.</summary>
    public static async Task<IReadOnlyDictionary<(string State, int VersionId), PermitActionSet>> ForRowsAsync(
        IWorkflowService workflow, int enterpriseId, IEnumerable<PermitListItem> rows, ClaimsPrincipal user, CancellationToken ct)
    {
        var sets = new Dictionary<(string, int), PermitActionSet>();
        foreach (var key in rows.Select(r => (r.State, r.WorkflowDefinitionVersionId)).Distinct())
        {
            sets[key] = await ForAsync(workflow, enterpriseId, key.State, key.WorkflowDefinitionVersionId, user, ct);
        }

        return sets;
    }
}
