using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Data;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>Loading, rendering and the answers to commands, shared by every handler of the page.</summary>
public sealed partial class ApplyModel
{
    public const int GoodsPageSize = 50;

    /// <summary>Goods page shown in the grid (1-based), from ?gp=.</summary>
    [BindProperty(Name = "gp", SupportsGet = true)]
    public int GoodsPage { get; set; } = 1;

    public List<PermitGoods> GoodsLines { get; private set; } = [];

    public int GoodsCount { get; private set; }

    public List<PermitAttachment> AttachmentList { get; private set; } = [];

    /// <summary>Still-empty required fields after 暂存 (carried over the redirect).</summary>
    public IReadOnlyList<string> MissingFields =>
        TempData["Missing"] is string missing ? missing.Split('\n') : [];

    /// <summary>
    /// The user's enterprise and, with ?id=, the application — which must belong to that enterprise and be
    /// listed (not deleted); anything else is a 404 so that ids of other enterprises reveal nothing.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var enterpriseId = User.GetEnterpriseId();
        Enterprise = enterpriseId is null ? null : await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (Enterprise is null)
        {
            return Forbid();
        }

        if (Id is null)
        {
            return null;
        }

        Permit = await access.FindOwnAsync(Id.Value, User, ct);
        if (Permit is null)
        {
            return NotFound();
        }

        State = await workflow.GetStateAsync(Permit, ct);
        Triggers = await workflow.GetPermittedTriggersAsync(Permit, User, ct);
        return null;
    }

    private async Task<IActionResult> RenderAsync(CancellationToken ct)
    {
        Codes = await codeLists.GetAsync(ct);
        if (Permit is not null)
        {
            var goods = db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == Permit.Id);
            GoodsCount = await goods.CountAsync(ct);
            GoodsPage = Math.Clamp(GoodsPage, 1, Math.Max(1, (GoodsCount + GoodsPageSize - 1) / GoodsPageSize));
            GoodsLines = await goods.OrderBy(g => g.LineNo).Skip((GoodsPage - 1) * GoodsPageSize).Take(GoodsPageSize).ToListAsync(ct);
            AttachmentList = await db.Set<PermitAttachment>().AsNoTracking()
                .Where(a => a.PermitApplicationId == Permit.Id).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        }

        return Page();
    }

    /// <summary>A refused 暂存 (or the save before 申报): field errors beside the fields, anything else as a message.</summary>
    private async Task<IActionResult> SaveRefusedAsync(PermitCommandResult<SavedApplication> saved, CancellationToken ct)
    {
        if (saved.Status != PermitCommandStatus.Invalid)
        {
            return Refused(saved, new { id = Id });
        }

        foreach (var error in saved.Errors)
        {
            ModelState.AddModelError($"{nameof(Basic)}.{error.Field}", error.Message);
        }

        return await LoadAsync(ct) ?? await RenderAsync(ct);
    }

    /// <summary>A command's answer as a redirect with its message; ids that are not the user's are a 404.</summary>
    private IActionResult Done<T>(PermitCommandResult<T> result, object route)
    {
        switch (result.Status)
        {
            case PermitCommandStatus.Succeeded:
                TempData["Success"] = result.Message;
                return RedirectToPage(route);
            case PermitCommandStatus.NotFound:
                return NotFound();
            case PermitCommandStatus.Forbidden:
                return Forbid();
            default:
                return Refused(result, result.Status == PermitCommandStatus.NotEditable ? new { id = Id } : route);
        }
    }

    private IActionResult Refused<T>(PermitCommandResult<T> result, object route)
    {
        if (result.Status is PermitCommandStatus.NotFound or PermitCommandStatus.Forbidden)
        {
            return result.Status == PermitCommandStatus.NotFound ? NotFound() : Forbid();
        }

        TempData["Error"] = result.Message;
        return RedirectToPage(route);
    }

    /// <summary>Goods and attachments need a saved application (the manual: only after 暂存).</summary>
    private RedirectToPageResult NotSavedYet()
    {
        TempData["Error"] = "请先录入基本信息并暂存，再录入商品信息和附件。";
        return RedirectToPage(new { id = (int?)null });
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.##} MB",
    };
}
