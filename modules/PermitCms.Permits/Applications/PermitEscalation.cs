using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Abstractions;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Applications;

/// <summary>
/// <see cref="IWorkflowItemFirer"/> for applications: a state's escalation trigger (e.g. 退回 when 待审核 runs past
/// its limit) goes through <see cref="LifecycleCommands"/> like a reviewer's decision — the revision moves, and a
/// decision records its 审批意见 and who took it (the system) — inside the timer's transaction.
/// </summary>
internal sealed class PermitEscalation(PermitCmsDbContext db, LifecycleCommands lifecycle) : IWorkflowItemFirer
{
    public string ItemType => PermitApplication.ItemType;

    public async Task<WorkflowFireResult> FireAsync(string itemId, string trigger, ClaimsPrincipal actor, string comment, CancellationToken cancellationToken)
    {
        var permit = int.TryParse(itemId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Set<PermitApplication>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        if (permit is null)
        {
            return WorkflowFireResult.Fail(WorkflowFireStatus.NotPermitted, "该申请已不存在。");
        }

        if (trigger is PermitTriggers.Approve or PermitTriggers.Reject)
        {
            permit.ReviewComment = comment;
            permit.ReviewerName = actor.GetDisplayName();
        }

        var result = await lifecycle.FireLoadedAsync(permit, trigger, comment, actor, cancellationToken);
        return result.Status switch
        {
            PermitCommandStatus.Succeeded => WorkflowFireResult.Success(result.Value!.State),
            PermitCommandStatus.Conflict => WorkflowFireResult.Fail(WorkflowFireStatus.Conflict, result.Message),
            _ => WorkflowFireResult.Fail(WorkflowFireStatus.GuardFailed, result.Message),
        };
    }
}
