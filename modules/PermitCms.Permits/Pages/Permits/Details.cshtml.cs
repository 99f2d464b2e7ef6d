using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Query;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>
/// 批准单详细信息: read-only basic information, goods, attachments (downloadable), 审批意见 and the workflow
/// history, with the same buttons as the list. Only the user's own enterprise's listed applications exist here.
/// </summary>
public sealed class DetailsModel(PermitCmsDbContext db, PermitActions actions, IWorkflowService workflow, CodeListService codeLists) : PageModel
{
    public const int GoodsPageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>Goods page (1-based), from ?gp=.</summary>
    [BindProperty(Name = "gp", SupportsGet = true)]
    public int GoodsPage { get; set; } = 1;

    public PermitApplication Permit { get; private set; } = null!;

    public PermitActionSet Actions { get; private set; } = null!;

    public CodeListSnapshot Codes { get; private set; } = null!;

    public List<PermitGoods> GoodsLines { get; private set; } = [];

    public int GoodsCount { get; private set; }

    public decimal GoodsTotal { get; private set; }

    public List<PermitAttachment> Attachments { get; private set; } = [];

    public IReadOnlyList<WorkflowHistoryEntry> History { get; private set; } = [];

    public Dictionary<string, string> StateNames { get; private set; } = [];

    /// <summary>The list the user came from, with its conditions and page (?returnUrl=), for 返回.</summary>
    [BindProperty(Name = "returnUrl", SupportsGet = true)]
    public string? ListUrl { get; set; }

    public string BackUrl => ListUrl is not null && Url.IsLocalUrl(ListUrl) && ListUrl.StartsWith("/Permits/Query", StringComparison.OrdinalIgnoreCase) ? ListUrl : "/Permits/Query";

    public string ReturnUrl => Request.Path + Request.QueryString;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await actions.FindAsync(Id, User, ct) is not { } permit)
        {
            return NotFound();
        }

        Permit = permit;
        Actions = await PermitActionSet.ForAsync(workflow, permit.EnterpriseId, permit.WorkflowState, permit.WorkflowDefinitionVersionId, User, ct);
        Codes = await codeLists.GetAsync(ct);
        var goods = db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == Id);
        GoodsCount = await goods.CountAsync(ct);
        GoodsTotal = GoodsCount == 0 ? 0 : await goods.SumAsync(g => g.TotalPrice, ct);
        GoodsPage = Math.Clamp(GoodsPage, 1, Math.Max(1, (GoodsCount + GoodsPageSize - 1) / GoodsPageSize));
        GoodsLines = await goods.OrderBy(g => g.LineNo).Skip((GoodsPage - 1) * GoodsPageSize).Take(GoodsPageSize).ToListAsync(ct);
        Attachments = await db.Set<PermitAttachment>().AsNoTracking().Where(a => a.PermitApplicationId == Id).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        History = await workflow.GetHistoryAsync(PermitApplication.ItemType, Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        StateNames = (await workflow.GetStatesAsync(PermitApplication.WorkflowName, ct)).ToDictionary(s => s.Code, s => s.NameZh);
        return Page();
    }

    /// <summary>Downloads an attachment of the user's own application, in any listed state.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        if (await actions.FindAsync(Id, User, ct) is null)
        {
            return NotFound();
        }

        var file = await db.Set<PermitAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.PermitApplicationId == Id)
            .Select(a => new { a.FileName, a.Content!.Data })
            .SingleOrDefaultAsync(ct);
        return file is null ? NotFound() : File(file.Data, PermitExport.ContentType, file.FileName);
    }

    public string StateName(string? code) => code is null ? "" : StateNames.GetValueOrDefault(code, code);

    public static string StateBadge(string code) => code switch
    {
        PermitStates.Draft => "text-bg-secondary",
        PermitStates.PendingReview => "text-bg-warning",
        PermitStates.Approved => "text-bg-success",
        PermitStates.Rejected => "text-bg-danger",
        _ => "text-bg-light",
    };
}
