using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PermitCms.Permits.Data;
using PermitCms.Permits.Goods;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>商品信息 one by one: the dialog's 保存 (new or changed line) and 删除 (after confirmation).</summary>
public sealed partial class ApplyModel
{
    [BindProperty]
    public GoodsInput GoodsForm { get; set; } = new();

    /// <summary>The line being changed in the dialog; null for 新增.</summary>
    [BindProperty]
    public int? GoodsId { get; set; }

    /// <summary>Re-open the dialog after a refused save so the user sees the errors beside the fields.</summary>
    public bool ReopenGoodsDialog { get; private set; }

    public async Task<IActionResult> OnPostSaveGoodsAsync(CancellationToken ct)
    {
        if (await LoadEditableAsync(ct) is { } refused)
        {
            return refused;
        }

        PermitGoods? line = null;
        if (GoodsId is not null)
        {
            line = await db.Set<PermitGoods>().SingleOrDefaultAsync(g => g.Id == GoodsId && g.PermitApplicationId == Permit!.Id, ct);
            if (line is null)
            {
                return NotFound();
            }
        }

        Codes = await codeLists.GetAsync(ct);
        var errors = GoodsRules.Validate(GoodsForm, Codes, 0, out var valid);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError($"{nameof(GoodsForm)}.{error.Field}", error.Message);
            }

            ReopenGoodsDialog = true;
            return await RenderAsync(ct);
        }

        if (line is null)
        {
            valid.PermitApplicationId = Permit!.Id;
            valid.LineNo = await NextLineNoAsync(ct);
            db.Add(valid);
        }
        else
        {
            valid.Id = line.Id;
            valid.PermitApplicationId = line.PermitApplicationId;
            valid.LineNo = line.LineNo;
            db.Entry(line).CurrentValues.SetValues(valid);
        }

        Touch(Permit!);
        if (await TrySaveAsync(ct))
        {
            TempData["Success"] = line is null ? $"已新增商品，序号 {valid.LineNo}。" : $"已修改商品，序号 {valid.LineNo}。";
        }

        return RedirectToPage(new { id = Id, gp = GoodsPage });
    }

    public async Task<IActionResult> OnPostDeleteGoodsAsync(int[] goodsIds, CancellationToken ct)
    {
        if (await LoadEditableAsync(ct) is { } refused)
        {
            return refused;
        }

        if (goodsIds.Length == 0)
        {
            TempData["Error"] = "请先勾选要删除的商品。";
            return RedirectToPage(new { id = Id, gp = GoodsPage });
        }

        // Only lines of this application: ids of other applications are ignored, never deleted.
        var lines = await db.Set<PermitGoods>().Where(g => g.PermitApplicationId == Permit!.Id && goodsIds.Contains(g.Id)).ToListAsync(ct);
        if (lines.Count != goodsIds.Distinct().Count())
        {
            return NotFound();
        }

        db.RemoveRange(lines);
        Touch(Permit!);
        if (await TrySaveAsync(ct))
        {
            TempData["Success"] = $"已删除 {lines.Count} 条商品。";
        }

        return RedirectToPage(new { id = Id, gp = GoodsPage });
    }

    private async Task<int> NextLineNoAsync(CancellationToken ct)
        => (await db.Set<PermitGoods>().Where(g => g.PermitApplicationId == Permit!.Id).MaxAsync(g => (int?)g.LineNo, ct) ?? 0) + 1;

    /// <summary>
    /// Goods and attachments need a saved application (the manual: only after 暂存) that the owner may still
    /// change; otherwise nothing happens and the user is told why.
    /// </summary>
    private async Task<IActionResult?> LoadEditableAsync(CancellationToken ct)
    {
        if (Id is null)
        {
            TempData["Error"] = "请先录入基本信息并暂存，再录入商品信息和附件。";
            return RedirectToPage(new { id = (int?)null });
        }

        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (!CanEdit)
        {
            TempData["Error"] = $"申请当前为“{State?.NameZh}”状态，不能修改。";
            return RedirectToPage(new { id = Id });
        }

        return null;
    }
}
