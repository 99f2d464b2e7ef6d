using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Validation;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>
/// 批准单申请: the editor of one application (new, or ?id=N of the user's own enterprise). This file holds
/// the basic information and the four buttons 新增 暂存 申报 删除; the goods, the import and the attachments
/// are the other parts of this partial class (Apply.Saving.cs, Apply.Goods.cs, Apply.Import.cs, Apply.Attachments.cs).
/// </summary>
[RequestSizeLimit(25 * 1024 * 1024)]
public sealed partial class ApplyModel(
    PermitCmsDbContext db,
    IWorkflowService workflow,
    CodeListService codeLists,
    ApplicationNumberGenerator numbers,
    PermitCompleteness completeness,
    TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public BasicInput Basic { get; set; } = new();

    public PermitApplication? Permit { get; private set; }

    public Enterprise? Enterprise { get; private set; }

    public CodeListSnapshot Codes { get; private set; } = null!;

    public WorkflowStateInfo? State { get; private set; }

    public IReadOnlyList<WorkflowTrigger> Triggers { get; private set; } = [];

    /// <summary>The owner may change the data: a new application, or a state with OwnerCanEdit (暂存 …).</summary>
    public bool CanEdit => Permit is null || State?.OwnerCanEdit == true;

    public bool CanFire(string trigger) => Permit is null ? trigger == "submit" : Triggers.Any(t => t.Code == trigger);

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
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (await SaveAsync(ct) is { } refused)
        {
            return refused;
        }

        var missing = PermitCompleteness.MissingBasicFields(Permit!);
        TempData["Success"] = $"已暂存，申请单号 {Permit!.ApplicationNo}。";
        if (missing.Count > 0)
        {
            TempData["Missing"] = string.Join("\n", missing);
        }

        return RedirectToPage(new { id = Permit.Id });
    }

    /// <summary>申报: saves, then asks the workflow to submit; its guard lists everything still missing.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (await SaveAsync(ct) is { } refused)
        {
            return refused;
        }

        // Set with the transition so that both are saved in the workflow's one transaction.
        Permit!.DeclaredAt = time.GetUtcNow().UtcDateTime;
        WorkflowFireResult result;
        try
        {
            result = await workflow.FireAsync(Permit, "submit", User, null, ct);
        }
        catch (DbUpdateException)
        {
            // The filtered unique index: another application took the number between our check and the save.
            result = WorkflowFireResult.Fail(WorkflowFireStatus.GuardFailed, $"批准单编号“{Permit.ApprovalFormNo}”已被另一份待审核或审核通过的申请使用");
        }

        if (result.Succeeded)
        {
            TempData["Success"] = $"申报成功，申请单号 {Permit.ApplicationNo} 已进入待审核。";
            return RedirectToPage(new { id = Permit.Id });
        }

        db.ChangeTracker.Clear();
        SubmitErrors = result.Status switch
        {
            WorkflowFireStatus.GuardFailed => result.Errors,
            WorkflowFireStatus.Conflict => ["该申请已被他人修改，请刷新后重试"],
            _ => result.Errors.Count > 0 ? result.Errors : ["当前状态不允许申报"],
        };
        return await LoadAsync(ct) ?? await RenderAsync(ct);
    }

    /// <summary>删除: drafts only (the workflow decides); the application is kept for audit, hidden from lists.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is null)
        {
            return NotFound();
        }

        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        var result = await workflow.FireAsync(Permit!, "delete", User, null, ct);
        if (!result.Succeeded)
        {
            TempData["Error"] = "删除失败：" + (result.Errors.Count > 0 ? string.Join("；", result.Errors) : "当前状态不允许删除");
            return RedirectToPage(new { id = Id });
        }

        TempData["Success"] = $"已删除申请 {Permit!.ApplicationNo}。";
        return RedirectToPage(new { id = (int?)null });
    }
}
