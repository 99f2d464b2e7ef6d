using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>商品信息 from Excel: 模板下载 and 选择文件 + 导入 (all or nothing, answered as JSON for the page's script).</summary>
public sealed partial class ApplyModel
{
    private const string XlsxType = Xlsx.ContentType;

    public async Task<IActionResult> OnGetGoodsTemplateAsync(CancellationToken ct)
        => File(GoodsTemplate.Build(await codeLists.GetAsync(ct)), XlsxType, GoodsTemplate.FileName);

    public async Task<IActionResult> OnPostImportGoodsAsync(IFormFile? file, CancellationToken ct)
    {
        if (Id is null)
        {
            return ImportRefused("请先录入基本信息并暂存，再导入商品信息。");
        }

        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (!CanEdit)
        {
            return ImportRefused($"申请当前为“{State?.NameZh}”状态，不能导入商品。");
        }

        if (file is null || file.Length == 0)
        {
            return ImportRefused("请先选择要导入的 Excel 文件（.xlsx）。");
        }

        if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return ImportRefused("只能导入 .xlsx 格式的 Excel 文件。");
        }

        await using var upload = file.OpenReadStream();
        var check = await WorkbookInspector.OpenAsync(upload, file.Length, GoodsImporter.MaxBytes, refuseFormulas: true, ct);
        if (check.Error is not null)
        {
            return ImportRefused(check.Error);
        }

        GoodsImporter.Result result;
        await using (check.Workbook)
        {
            try
            {
                result = GoodsImporter.Read(check.Workbook!, check.FirstSheetName!, await codeLists.GetAsync(ct));
            }
            catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidCastException or FormatException or IndexOutOfRangeException)
            {
                return ImportRefused("无法读取该工作簿，请用 Excel、WPS 或 LibreOffice 另存为 .xlsx 后重试。");
            }
        }

        if (result.Fatal is not null)
        {
            return ImportRefused(result.Fatal);
        }

        if (result.Errors.Count > 0)
        {
            return new JsonResult(new
            {
                ok = false,
                message = $"导入失败：发现 {result.Errors.Count}{(result.Errors.Count >= GoodsImporter.MaxErrors ? "+" : "")} 个问题，整个文件未导入。请修改后重新导入。",
                errors = result.Errors.Select(e => new { row = e.Row, column = e.Column, message = e.Message }),
            }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        // One transaction: either every line is in or none is. The application's own UPDATE (its concurrency
        // token) fails if a transition moved it meanwhile, and then the lines roll back with it.
        var lineNo = await NextLineNoAsync(ct);
        foreach (var line in result.Goods)
        {
            line.PermitApplicationId = Permit!.Id;
            line.LineNo = lineNo++;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                await GoodsBulkInsert.InsertAsync(db, result.Goods, ct);
            }
            catch (System.Data.Common.DbException)
            {
                // Another import or dialog save of the same application took these line numbers first.
                return ImportRefused("该申请的商品信息正被同时修改，请刷新后重试。", StatusCodes.Status409Conflict);
            }

            Touch(Permit!);
            if (!await TrySaveAsync(ct))
            {
                return ImportRefused("该申请已被他人修改或状态已变化，请刷新后重试。", StatusCodes.Status409Conflict);
            }

            await transaction.CommitAsync(ct);
        }

        TempData["Success"] = $"导入成功，共 {result.Goods.Count} 条商品。";
        return new JsonResult(new { ok = true, count = result.Goods.Count, message = $"导入成功，共 {result.Goods.Count} 条商品。" });
    }

    private JsonResult ImportRefused(string message, int status = StatusCodes.Status400BadRequest)
        => new(new { ok = false, message, errors = Array.Empty<object>() }) { StatusCode = status };
}
