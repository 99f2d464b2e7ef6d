using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Query;

/// <summary>The outcome of a list or details action, as the Chinese message the layout shows.</summary>
public sealed record PermitActionResult(bool Succeeded, string Message);

/// <summary>
/// The actions of 批准单查询 and the details page. Each one loads the application of the user's own enterprise
/// (anything else is "not found"), lets the workflow decide, and turns every refusal into a clear message.
/// </summary>
public sealed class PermitActions(PermitCmsDbContext db, IWorkflowService workflow, TimeProvider time)
{
    /// <summary>The user's own, listed application (tracked), or null: other enterprises' and deleted ids reveal nothing.</summary>
    public async Task<PermitApplication?> FindAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.GetEnterpriseId() is not { } enterpriseId)
        {
            return null;
        }

        var permit = await db.Set<PermitApplication>().SingleOrDefaultAsync(p => p.Id == id && p.EnterpriseId == enterpriseId, ct);
        return permit is not null && (await workflow.GetStateAsync(permit, ct)).Listed ? permit : null;
    }

    /// <summary>Fires a trigger (撤回, 删除, 申报, 修改 …); the workflow refuses what the state or role does not allow.</summary>
    public async Task<PermitActionResult> FireAsync(PermitApplication permit, string trigger, string? comment, ClaimsPrincipal user, CancellationToken ct)
    {
        var state = await workflow.GetStateAsync(permit, ct);
        var name = (await workflow.GetPermittedTriggersAsync(permit, user, ct)).FirstOrDefault(t => t.Code == trigger)?.NameZh ?? KnownName(trigger);
        if (trigger == "submit")
        {
            // 申报日期 is set with the transition, so both are saved in the workflow's one transaction.
            permit.DeclaredAt = time.GetUtcNow().UtcDateTime;
        }

        WorkflowFireResult result;
        try
        {
            result = await workflow.FireAsync(permit, trigger, user, comment, ct);
        }
        catch (DbUpdateException) when (trigger == "submit")
        {
            // The filtered unique index on 批准单编号: another submit took the number between the guard and the save.
            result = WorkflowFireResult.Fail(WorkflowFireStatus.GuardFailed, $"批准单编号“{permit.ApprovalFormNo}”已被另一份待审核或审核通过的申请使用");
        }

        if (result.Succeeded)
        {
            var newState = await workflow.GetStateAsync(permit, ct);
            return new PermitActionResult(true, trigger == "revise"
                ? $"申请单 {permit.ApplicationNo} 已转为{newState.NameZh}，修改后可重新申报。"
                : $"申请单 {permit.ApplicationNo} 已{name}，当前状态：{newState.NameZh}。");
        }

        db.ChangeTracker.Clear();
        return new PermitActionResult(false, result.Status switch
        {
            WorkflowFireStatus.NotPermitted => $"{name}失败：申请单 {permit.ApplicationNo} 当前状态为“{state.NameZh}”，不允许{name}。",
            WorkflowFireStatus.Conflict => $"{name}失败：申请单 {permit.ApplicationNo} 已被他人修改或状态已变化，请刷新后重试。",
            WorkflowFireStatus.CommentRequired => $"{name}失败：{string.Join("；", result.Errors)}",
            _ => $"{name}失败：{string.Join("；", result.Errors)}",
        });
    }

    private static string KnownName(string trigger) => trigger switch
    {
        "submit" => "申报",
        "withdraw" => "撤回",
        "delete" => "删除",
        "revise" => "修改",
        "approve" => "审核通过",
        "reject" => "退回",
        _ => "操作",
    };
}
