using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Display;
using PermitCms.Permits.Issuance;
using PermitCms.Permits.Data;
using PermitCms.Permits.Query;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>
/// 批准单详细信息: read-only basic information, goods, attachments (downloadable), 审批意见 and the workflow
/// history and 修改记录, with the same buttons as the list. Only the user's own enterprise's listed applications exist here.
/// </summary>
public sealed class DetailsModel(PermitCmsDbContext db, PermitAccess access, IWorkflowService workflow, PermitSummaryLoader summaries, PermitChangeLog changeLog, IPermitCertificates certificates) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>Goods page (1-based), from ?gp=.</summary>
    [BindProperty(Name = "gp", SupportsGet = true)]
    public int GoodsPage { get; set; } = 1;

    public PermitApplication Permit { get; private set; } = null!;

    public PermitActionSet Actions { get; private set; } = null!;

    public PermitSummary Summary { get; private set; } = null!;

    /// <summary>修改记录, newest first.</summary>
    public PermitChangeList Changes { get; private set; } = null!;

    /// <summary>The list the user came from, with its conditions and page (?returnUrl=), for 返回.</summary>
    [BindProperty(Name = "returnUrl", SupportsGet = true)]
    public string? ListUrl { get; set; }

    public string BackUrl => ListUrl is not null && Url.IsLocalUrl(ListUrl) && ListUrl.StartsWith("/Permits/Query", StringComparison.OrdinalIgnoreCase) ? ListUrl : "/Permits/Query";

    public string ReturnUrl => Request.Path + Request.QueryString;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await access.FindOwnAsync(Id, User, ct) is not { } permit)
        {
            return NotFound();
        }

        Permit = permit;
        Actions = await PermitActionSet.ForAsync(workflow, permit.EnterpriseId, permit.WorkflowState, permit.WorkflowDefinitionVersionId, User, ct);
        Summary = await summaries.LoadAsync(permit, GoodsPage, ct);
        Changes = await changeLog.NewestAsync(permit.Id, ct);
        return Page();
    }

    /// <summary>Downloads an attachment of the user's own application, in any listed state.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        if (await access.FindOwnAsync(Id, User, ct) is null)
        {
            return NotFound();
        }

        return await PermitFiles.FindAttachmentAsync(db, Id, attachmentId, ct) is { } file ? File(file.Data, file.ContentType, file.FileName) : NotFound();
    }

    /// <summary>下载批准单: the 电子批准单 (PDF) of the user's own approved or written-off application.</summary>
    public async Task<IActionResult> OnGetCertificateAsync(CancellationToken ct)
        => await certificates.GetOwnAsync(Id, User, Request.RequestBaseUrl(), ct) is { } file ? File(file.Data, file.ContentType, file.FileName) : NotFound();
}
