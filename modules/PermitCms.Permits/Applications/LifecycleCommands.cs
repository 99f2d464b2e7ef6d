using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Applications;

/// <summary>
/// The one path by which an application changes state: 申报, 撤回, 删除, 修改 — from the editor, the list, the
/// details page or the API — and the reviewers' decisions (<see cref="PermitReview"/>). The workflow decides
/// what the state and the user allow; every refusal becomes a clear message. The value is the application and its new state.
/// </summary>
public sealed class LifecycleCommands(PermitCmsDbContext db, PermitAccess access, IWorkflowService workflow, TimeProvider time)
{
    public Task<PermitCommandResult<PermitTransition>> SubmitAsync(int id, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
        => FireAsync(id, PermitTriggers.Submit, null, expectedRevision, user, ct);

    public Task<PermitCommandResult<PermitTransition>> WithdrawAsync(int id, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
        => FireAsync(id, PermitTriggers.Withdraw, null, expectedRevision, user, ct);

    public Task<PermitCommandResult<PermitTransition>> DeleteAsync(int id, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
        => FireAsync(id, PermitTriggers.Delete, null, expectedRevision, user, ct);

    public Task<PermitCommandResult<PermitTransition>> ReviseAsync(int id, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
        => FireAsync(id, PermitTriggers.Revise, null, expectedRevision, user, ct);

    /// <summary>Any trigger on the user's own application, including ones administrators added to the definition.</summary>
    public async Task<PermitCommandResult<PermitTransition>> FireAsync(int id, string trigger, string? comment, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.FindOwnAsync(id, user, ct) is not { } permit)
        {
            return PermitCommandResult.Fail<PermitTransition>(PermitCommandStatus.NotFound, "未找到该申请。");
        }

        if (expectedRevision is { } revision && revision != permit.Revision)
        {
            return PermitCommandResult.Fail<PermitTransition>(PermitCommandStatus.Conflict, ConflictMessage(KnownName(trigger), permit), [new("", PermitAccess.ConflictMessage)]);
        }

        return await FireLoadedAsync(permit, trigger, comment, user, ct);
    }

    /// <summary>Fires on an application the caller has loaded (tracked) and may see; pending changes to it are saved with the transition.</summary>
    internal async Task<PermitCommandResult<PermitTransition>> FireLoadedAsync(PermitApplication permit, string trigger, string? comment, ClaimsPrincipal user, CancellationToken ct)
    {
        var state = await workflow.GetStateAsync(permit, ct);
        var name = (await workflow.GetPermittedTriggersAsync(permit, user, ct)).FirstOrDefault(t => t.Code == trigger)?.NameZh ?? KnownName(trigger);
        if (trigger == PermitTriggers.Submit)
        {
            // 申报日期 is set with the transition, so both are saved in the workflow's one transaction.
            permit.DeclaredAt = time.GetUtcNow().UtcDateTime;
        }

        permit.Revision++;
        WorkflowFireResult result;
        try
        {
            result = await workflow.FireAsync(permit, trigger, user, comment, ct);
        }
        catch (DbUpdateException) when (trigger == PermitTriggers.Submit)
        {
            // The filtered unique index on 批准单编号: another submit took the number between the guard and the save.
            result = WorkflowFireResult.Fail(WorkflowFireStatus.GuardFailed, PermitMessages.ApprovalFormNoTaken(permit.ApprovalFormNo ?? ""));
        }

        if (result.Succeeded)
        {
            var newState = await workflow.GetStateAsync(permit, ct);
            return PermitCommandResult.Ok(new PermitTransition(permit.Id, permit.ApplicationNo, newState.Code), trigger == PermitTriggers.Revise
                ? $"申请单 {permit.ApplicationNo} 已转为{newState.NameZh}，修改后可重新申报。"
                : $"申请单 {permit.ApplicationNo} 已{name}，当前状态：{newState.NameZh}。");
        }

        db.ChangeTracker.Clear();
        var reasons = result.Errors.Select(e => new PermitFieldError("", e)).ToList();
        return result.Status switch
        {
            WorkflowFireStatus.NotPermitted => PermitCommandResult.Fail<PermitTransition>(
                PermitCommandStatus.Refused, $"{name}失败：申请单 {permit.ApplicationNo} 当前状态为“{state.NameZh}”，不允许{name}。", reasons),
            WorkflowFireStatus.Conflict => PermitCommandResult.Fail<PermitTransition>(PermitCommandStatus.Conflict, ConflictMessage(name, permit), reasons),
            WorkflowFireStatus.CommentRequired => PermitCommandResult.Fail<PermitTransition>(
                PermitCommandStatus.Invalid, $"{name}失败：{string.Join("；", result.Errors)}", [.. result.Errors.Select(e => new PermitFieldError("Comment", e))]),
            _ => PermitCommandResult.Fail<PermitTransition>(PermitCommandStatus.Refused, $"{name}失败：{string.Join("；", result.Errors)}", reasons),
        };
    }

    private static string ConflictMessage(string name, PermitApplication permit) => $"{name}失败：申请单 {permit.ApplicationNo} 已被他人修改或状态已变化，请刷新后重试。";

    private static string KnownName(string trigger) => trigger switch
    {
        PermitTriggers.Submit => "申报",
        PermitTriggers.Withdraw => "撤回",
        PermitTriggers.Delete => "删除",
        PermitTriggers.Revise => "修改",
        PermitTriggers.Approve => "审核通过",
        PermitTriggers.Reject => "退回",
        _ => "操作",
    };
}
