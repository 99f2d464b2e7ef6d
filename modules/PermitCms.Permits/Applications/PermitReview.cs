using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Permits.Display;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Applications;

/// <summary>
/// <see cref="IPermitReview"/> for the reviewers' dashboard: any enterprise's listed application; the decision
/// goes through <see cref="LifecycleCommands"/> like every other transition. The page's folder requires the
/// review permission and the workflow permits reviewer triggers to reviewers only.
/// </summary>
internal sealed class PermitReview(PermitCmsDbContext db, IWorkflowService workflow, LifecycleCommands lifecycle) : IPermitReview
{
    private static readonly PermitListScope Staff = PermitListScope.AllEnterprises();

    public async Task<PermitReviewCase?> FindAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var permit = await db.Set<PermitApplication>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (permit is null || !Staff.MaySee(permit.WorkflowState) || await workflow.GetStateAsync(permit, cancellationToken) is not { Listed: true } state)
        {
            return null;
        }

        return new PermitReviewCase(permit.Id, permit.ApplicationNo, state, await workflow.GetPermittedTriggersAsync(permit, user, cancellationToken));
    }

    public async Task<PermitCommandResult<PermitTransition>> DecideAsync(int id, string trigger, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var permit = await db.Set<PermitApplication>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (permit is null || !Staff.MaySee(permit.WorkflowState) || !(await workflow.GetStateAsync(permit, cancellationToken)).Listed)
        {
            return PermitCommandResult.Fail<PermitTransition>(PermitCommandStatus.NotFound, "未找到该申请。");
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > IPermitReview.CommentMaxLength)
        {
            return PermitCommandResult.Fail<PermitTransition>(PermitCommandStatus.Invalid, $"审批意见不能超过 {IPermitReview.CommentMaxLength} 个字符", [new("Comment", $"审批意见不能超过 {IPermitReview.CommentMaxLength} 个字符")]);
        }

        var name = (await workflow.GetPermittedTriggersAsync(permit, user, cancellationToken)).FirstOrDefault(t => t.Code == trigger)?.NameZh ?? trigger;

        // 审批意见 and the reviewer are saved in the same transaction as the transition.
        permit.ReviewComment = comment;
        permit.ReviewerName = user.GetDisplayName();
        var result = await lifecycle.FireLoadedAsync(permit, trigger, comment, user, cancellationToken);
        return result.Succeeded
            ? result with { Message = $"申请单 {permit.ApplicationNo} 已{name}。" }
            : result with { Message = string.Join(" ", result.Errors.Select(e => e.Message).DefaultIfEmpty("操作未能完成。")) };
    }

    public async Task<PermitFile?> GetAttachmentAsync(int id, int attachmentId, CancellationToken cancellationToken)
    {
        var permit = await db.Set<PermitApplication>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (permit is null || !Staff.MaySee(permit.WorkflowState) || !(await workflow.GetStateAsync(permit, cancellationToken)).Listed)
        {
            return null;
        }

        return await PermitFiles.FindAttachmentAsync(db, id, attachmentId, cancellationToken);
    }
}
