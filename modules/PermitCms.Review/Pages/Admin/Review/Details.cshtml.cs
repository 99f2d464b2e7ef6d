using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PermitCms.Permits.Abstractions;

namespace PermitCms.Review.Pages.Admin.Review;

/// <summary>
/// 审核: everything the enterprise's details page shows (the Permits module's "PermitSummary" component), plus
/// the triggers the workflow permits this user now — by default 审核通过 and 退回, which needs a comment. The
/// decision is the Permits module's review command (<see cref="IPermitReview"/>): the comment becomes the
/// application's 审批意见, saved in the same transaction as the transition.
/// </summary>
public sealed class DetailsModel(IPermitReview review, IPermitCertificates certificates) : PageModel
{
    [BindProperty(Name = "gp", SupportsGet = true)]
    public int GoodsPage { get; set; } = 1;

    public PermitReviewCase Case { get; private set; } = null!;

    [BindProperty]
    [StringLength(IPermitReview.CommentMaxLength, ErrorMessage = "审批意见不能超过 {1} 个字符")]
    [Display(Name = "审批意见")]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await review.FindAsync(id, User, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        return Page();
    }

    public async Task<IActionResult> OnPostFireAsync(int id, string trigger, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            if (await review.FindAsync(id, User, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToPage(new { id });
        }

        var result = await review.DecideAsync(id, trigger, Comment, User, cancellationToken);
        if (result.Status == PermitCommandStatus.NotFound)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Success" : "Error"] = result.Message;
        return result.Succeeded ? RedirectToPage("Index") : RedirectToPage(new { id });
    }

    /// <summary>Reviewers read the attachments of every enterprise; the folder requires the review permission.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int id, int attachmentId, CancellationToken cancellationToken)
        => await review.GetAttachmentAsync(id, attachmentId, cancellationToken) is { } file ? File(file.Data, file.ContentType, file.FileName) : NotFound();

    /// <summary>下载批准单: staff read any enterprise's 电子批准单; the QR code's address falls back to this request's host.</summary>
    public async Task<IActionResult> OnGetCertificateAsync(int id, CancellationToken cancellationToken)
        => await certificates.GetAnyAsync(id, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken) is { } file
            ? File(file.Data, file.ContentType, file.FileName)
            : NotFound();
}
