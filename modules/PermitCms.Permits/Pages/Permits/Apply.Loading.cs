using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Permits.Data;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>Loading and rendering shared by every handler of the page; always scoped to the user's enterprise.</summary>
public sealed partial class ApplyModel
{
    public const int GoodsPageSize = 50;

    /// <summary>Goods page shown in the grid (1-based), from ?gp=.</summary>
    [BindProperty(Name = "gp", SupportsGet = true)]
    public int GoodsPage { get; set; } = 1;

    public List<PermitGoods> GoodsLines { get; private set; } = [];

    public int GoodsCount { get; private set; }

    public decimal GoodsTotal { get; private set; }

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
        if (await LoadEnterpriseAsync(ct) is { } refused)
        {
            return refused;
        }

        if (Id is null)
        {
            return null;
        }

        var enterpriseId = Enterprise!.Id;
        Permit = await db.Set<PermitApplication>().SingleOrDefaultAsync(p => p.Id == Id && p.EnterpriseId == enterpriseId, ct);
        if (Permit is null)
        {
            return NotFound();
        }

        State = await workflow.GetStateAsync(Permit, ct);
        if (!State.Listed)
        {
            return NotFound();
        }

        Triggers = await workflow.GetPermittedTriggersAsync(Permit, User, ct);
        return null;
    }

    private async Task<IActionResult?> LoadEnterpriseAsync(CancellationToken ct)
    {
        var enterpriseId = User.GetEnterpriseId();
        Enterprise = enterpriseId is null ? null : await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        return Enterprise is null ? Forbid() : null;
    }

    private async Task<IActionResult> RenderAsync(CancellationToken ct)
    {
        Codes ??= await codeLists.GetAsync(ct);
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

    private void Touch(PermitApplication permit)
    {
        permit.UpdatedAt = time.GetUtcNow().UtcDateTime;
        permit.UpdatedBy = User.GetDisplayName();
    }

    /// <summary>Saves; a concurrent transition (the concurrency token moved) becomes a message, not an error page.</summary>
    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Error"] = "该申请已被他人修改或状态已变化，请刷新后重试。";
            return false;
        }
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.##} MB",
    };
}
