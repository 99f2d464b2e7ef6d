using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Applications;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>
/// 批准单申请: the editor of one application (new, or ?id=N of the user's own enterprise). The page binds and
/// renders; every change is a command of Applications/. This file holds 基本信息 and the buttons 新增 暂存 申报
/// 删除; goods and import are in Apply.Goods.cs, attachments in Apply.Attachments.cs, loading in Apply.Loading.cs.
/// </summary>
[RequestSizeLimit(25 * 1024 * 1024)]
public sealed partial class ApplyModel(PermitCmsDbContext db, IWorkflowService workflow, CodeListService codeLists, PermitAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public BasicInput Basic { get; set; } = new();

    /// <summary>The revision the form was rendered from: a change made meanwhile by someone else refuses the post.</summary>
    [BindProperty]
    public int? Revision { get; set; }

    /// <summary>The revision forms carry: the posted one when a refused post is shown again, so that it stays stale.</summary>
    public int? FormRevision => Revision ?? Permit?.Revision;

    public PermitApplication? Permit { get; private set; }

    public Enterprise? Enterprise { get; private set; }

    public CodeListSnapshot Codes { get; private set; } = null!;

    public WorkflowStateInfo? State { get; private set; }

    public IReadOnlyList<WorkflowTrigger> Triggers { get; private set; } = [];

    /// <summary>The owner may change the data: a new application, or a state with OwnerCanEdit (暂存 …).</summary>
    public bool CanEdit => Permit is null || State?.OwnerCanEdit == true;

    public bool CanFire(string trigger) => Permit is null ? trigger == PermitTriggers.Submit : Triggers.Any(t => t.Code == trigger);

    /// <summary>Why 申报 was refused (the guard's list), shown above the form.</summary>
    public IReadOnlyList<string> SubmitErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        Basic = Permit is null ? new BasicInput { ContactName = Enterprise?.ContactName, ContactPhone = Enterprise?.ContactPhone } : BasicInput.From(Permit);
        return await RenderAsync(ct);
    }

    /// <summary>暂存: saves whatever is entered; the first save creates the application and its number.</summary>
    public async Task<IActionResult> OnPostSaveAsync([FromServices] ApplicationEditor editor, CancellationToken ct)
    {
        var saved = await editor.SaveAsync(Id, Basic, Revision, User, ct);
        if (!saved.Succeeded)
        {
            return await SaveRefusedAsync(saved, ct);
        }

        TempData["Success"] = saved.Message;
        if (saved.Value!.Missing.Count > 0)
        {
            TempData["Missing"] = string.Join("\n", saved.Value.Missing);
        }

        return RedirectToPage(new { id = saved.Value.Id });
    }

    /// <summary>申报: saves, then fires submit through the one lifecycle path; the guard lists everything still missing.</summary>
    public async Task<IActionResult> OnPostSubmitAsync([FromServices] ApplicationEditor editor, [FromServices] LifecycleCommands lifecycle, CancellationToken ct)
    {
        var saved = await editor.SaveAsync(Id, Basic, Revision, User, ct);
        if (!saved.Succeeded)
        {
            return await SaveRefusedAsync(saved, ct);
        }

        Id = saved.Value!.Id;
        var result = await lifecycle.SubmitAsync(Id.Value, saved.Value.Revision, User, ct);
        if (result.Succeeded)
        {
            TempData["Success"] = $"申报成功，申请单号 {saved.Value.ApplicationNo} 已进入待审核。";
            return RedirectToPage(new { id = Id });
        }

        SubmitErrors = result.Status == PermitCommandStatus.Conflict
            ? ["该申请已被他人修改，请刷新后重试"]
            : result.Errors.Count > 0 ? [.. result.Errors.Select(e => e.Message)] : ["当前状态不允许申报"];
        return await LoadAsync(ct) ?? await RenderAsync(ct);
    }

    /// <summary>删除: drafts only (the workflow decides); the application is kept for audit, hidden from lists.</summary>
    public async Task<IActionResult> OnPostDeleteAsync([FromServices] LifecycleCommands lifecycle, CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        var result = await lifecycle.DeleteAsync(id, Revision, User, ct);
        switch (result.Status)
        {
            case PermitCommandStatus.Succeeded:
                TempData["Success"] = $"已删除申请 {result.Value!.ApplicationNo}。";
                return RedirectToPage(new { id = (int?)null });
            case PermitCommandStatus.NotFound:
                return NotFound();
            case PermitCommandStatus.Forbidden:
                return Forbid();
            default:
                TempData["Error"] = "删除失败：" + (result.Errors.Count > 0 ? string.Join("；", result.Errors.Select(e => e.Message)) : "当前状态不允许删除");
                return RedirectToPage(new { id = Id });
        }
    }
}
