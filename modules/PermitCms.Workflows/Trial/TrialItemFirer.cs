using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Trial;

/// <summary>Escalation triggers on 试运行 items: they have no command layer of their own, so the service fires directly.</summary>
internal sealed class TrialItemFirer(PermitCmsDbContext db, IWorkflowService workflow) : IWorkflowItemFirer
{
    public string ItemType => WorkflowTrialItem.ItemType;

    public async Task<WorkflowFireResult> FireAsync(string itemId, string trigger, ClaimsPrincipal actor, string comment, CancellationToken cancellationToken)
    {
        var item = int.TryParse(itemId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.Set<WorkflowTrialItem>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            : null;
        return item is null
            ? WorkflowFireResult.Fail(WorkflowFireStatus.NotPermitted, "试运行事项已不存在。")
            : await workflow.FireAsync(item, trigger, actor, comment, cancellationToken);
    }
}
