using System.Security.Claims;

namespace PermitCms.Permits.Abstractions;

/// <summary>
/// What the reviewers' dashboard may do with an application of any enterprise. The read-only view itself is
/// the Permits module's "PermitSummary" view component (<c>Component.InvokeAsync("PermitSummary", new { id, goodsPage })</c>).
/// </summary>
public interface IPermitReview
{
    public const int CommentMaxLength = 500;

    /// <summary>The listed application with the triggers the workflow permits <paramref name="user"/>; null if none.</summary>
    Task<PermitReviewCase?> FindAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>
    /// Fires a reviewer's trigger (审核通过, 退回 …): the comment becomes the application's 审批意见 and the user its
    /// reviewer, saved with the transition in one transaction.
    /// </summary>
    Task<PermitCommandResult<PermitTransition>> DecideAsync(int id, string trigger, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>An attachment of a listed application, or null.</summary>
    Task<PermitFile?> GetAttachmentAsync(int id, int attachmentId, CancellationToken cancellationToken);
}
