using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Permits.Display;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Review.Pages.Admin.Review;

/// <summary>
/// 审核: everything the enterprise's details page shows (the shared _PermitSummary), plus the triggers the
/// workflow permits this user now — by default 审核通过 and 退回, which needs a comment. The comment becomes
/// the application's 审批意见, saved in the same transaction as the transition.
/// </summary>
public sealed class DetailsModel(PermitCmsDbContext db, IWorkflowService workflow, PermitSummaryLoader summaries) : PageModel
{
    public const int CommentMaxLength = 500;

    [BindProperty(Name = "gp", SupportsGet = true)]
    public int GoodsPage { get; set; } = 1;

    public PermitApplication Permit { get; private set; } = null!;

    public WorkflowStateInfo State { get; private set; } = null!;

    public IReadOnlyList<WorkflowTrigger> Triggers { get; private set; } = [];

    public PermitSummary Summary { get; private set; } = null!;

    [BindProperty]
    [StringLength(CommentMaxLength, ErrorMessage = "审批意见不能超过 {1} 个字符")]
    [Display(Name = "审批意见")]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: false, cancellationToken))
        {
            return NotFound();
        }

        Summary = await summaries.LoadAsync(Permit, GoodsPage, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostFireAsync(int id, string trigger, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracked: true, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToPage(new { id });
        }

        var comment = string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();
        Permit.ReviewComment = comment;
        Permit.ReviewerName = User.GetDisplayName();

        var result = await workflow.FireAsync(Permit, trigger, User, comment, cancellationToken);
        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join(" ", result.Errors.DefaultIfEmpty("操作未能完成。"));
            return RedirectToPage(new { id });
        }

        var name = Triggers.FirstOrDefault(t => t.Code == trigger)?.NameZh ?? trigger;
        TempData["Success"] = $"申请单 {Permit.ApplicationNo} 已{name}。";
        return RedirectToPage("Index");
    }

    /// <summary>Reviewers read the attachments of every enterprise; the folder requires the review permission.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int id, int attachmentId, CancellationToken cancellationToken)
    {
        return await PermitAttachmentDownload.FindAsync(db, id, attachmentId, cancellationToken) as IActionResult ?? NotFound();
    }

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<PermitApplication>().Where(p => p.Id == id);
        var permit = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
        if (permit is null)
        {
            return false;
        }

        Permit = permit;
        State = await workflow.GetStateAsync(permit, cancellationToken);
        Triggers = State.Listed ? await workflow.GetPermittedTriggersAsync(permit, User, cancellationToken) : [];
        return State.Listed;
    }
}
