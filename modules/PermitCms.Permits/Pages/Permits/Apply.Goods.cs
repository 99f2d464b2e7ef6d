using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Excel;
using PermitCms.Permits.Goods;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>
/// 商品信息: the dialog's 保存 (new or changed line) and 删除 (after confirmation), and from Excel 模板下载 and
/// 选择文件 + 导入 (all or nothing, answered as JSON for the page's script).
/// </summary>
public sealed partial class ApplyModel
{
    [BindProperty]
    public GoodsInput GoodsForm { get; set; } = new();

    /// <summary>The line being changed in the dialog; null for 新增.</summary>
    [BindProperty]
    public int? GoodsId { get; set; }

    /// <summary>Re-open the dialog after a refused save so the user sees the errors beside the fields.</summary>
    public bool ReopenGoodsDialog { get; private set; }

    public async Task<IActionResult> OnPostSaveGoodsAsync([FromServices] GoodsCommands goods, CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return NotSavedYet();
        }

        var result = await goods.SaveAsync(id, GoodsId, GoodsForm, Revision, User, ct);
        if (result.Status == PermitCommandStatus.Invalid)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"{nameof(GoodsForm)}.{error.Field}", error.Message);
            }

            ReopenGoodsDialog = true;
            return await LoadAsync(ct) ?? await RenderAsync(ct);
        }

        return Done(result, new { id = Id, gp = GoodsPage });
    }

    public async Task<IActionResult> OnPostDeleteGoodsAsync(int[] goodsIds, [FromServices] GoodsCommands goods, CancellationToken ct)
        => Id is { } id ? Done(await goods.DeleteAsync(id, goodsIds, Revision, User, ct), new { id = Id, gp = GoodsPage }) : NotSavedYet();

    public async Task<IActionResult> OnGetGoodsTemplateAsync(CancellationToken ct)
        => File(GoodsTemplate.Build(await codeLists.GetAsync(ct)), Xlsx.ContentType, GoodsTemplate.FileName);

    public async Task<IActionResult> OnPostImportGoodsAsync(IFormFile? file, [FromServices] GoodsImport import, CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return ImportAnswer("请先录入基本信息并暂存，再导入商品信息。", StatusCodes.Status400BadRequest);
        }

        await using var content = file?.OpenReadStream();
        var result = await import.ImportAsync(id, file is null ? null : new PermitUpload(file.FileName, file.Length, content!), Revision, User, ct);
        switch (result.Status)
        {
            case PermitCommandStatus.Succeeded:
                TempData["Success"] = result.Message;
                return new JsonResult(new { ok = true, count = result.Value, message = result.Message });
            case PermitCommandStatus.NotFound:
                return NotFound();
            case PermitCommandStatus.Forbidden:
                return Forbid();
            case PermitCommandStatus.Invalid:
                return new JsonResult(new
                {
                    ok = false,
                    message = result.Message,
                    errors = result.Errors.Select(e => new { row = e.Row, column = e.Column, message = e.Message }),
                }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
            default:
                return ImportAnswer(result.Message, result.Status == PermitCommandStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }
    }

    private static JsonResult ImportAnswer(string message, int status)
        => new(new { ok = false, message, errors = Array.Empty<object>() }) { StatusCode = status };
}
