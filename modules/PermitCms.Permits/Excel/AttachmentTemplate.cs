using System.Data;
using MiniExcelLibs;

namespace PermitCms.Permits.Excel;

/// <summary>
/// The attachment template (节目清单): one row per title with its contents and rights holder. An uploaded
/// attachment must keep this header row.
/// </summary>
public static class AttachmentTemplate
{
    public const string FileName = "附件-节目清单模板.xlsx";
    public const long MaxBytes = 10L * 1024 * 1024;

    public static readonly IReadOnlyList<string> Headers =
        ["序号", "节目名称", "原名", "节目内容简介", "时长(分钟)", "著作权人/权利人", "授权期限", "备注"];

    public static byte[] Build()
    {
        var table = new DataTable("节目清单");
        foreach (var header in Headers)
        {
            table.Columns.Add(header, typeof(string));
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, table, sheetName: "节目清单");
        return stream.ToArray();
    }

    /// <summary>
    /// A program list of at most 20,000 titles (blank rows count), within columns A–Z: the template has 8, and the
    /// slack lets a wrong workbook (the goods template, say) be told that its header is wrong, the real mistake.
    /// </summary>
    public static readonly SheetLimits Limits = new(26, 20_001, "附件超过 20000 行");

    /// <summary>
    /// Null when the first sheet's first row is the template's header row, the sheet stays within the template's
    /// extent, and no sheet holds a formula or the package active content; otherwise why not. The whole first sheet
    /// is streamed (its references checked), not only its first row.
    /// </summary>
    public static string? Check(UploadedWorkbook workbook)
    {
        try
        {
            if (workbook.ActiveContent() is { } part)
            {
                return $"附件含有宏、外部链接或嵌入对象（{part}），请另存为普通 Excel 工作簿（.xlsx）后再上传";
            }

            if (workbook.FirstFormulaInAnySheet() is { } cell)
            {
                return $"附件含有公式（如单元格 {cell}），请将公式复制后“选择性粘贴为数值”再上传";
            }

            string?[]? header = null;
            foreach (var row in workbook.FirstSheetRows(Limits, refuseFormulas: true))
            {
                header ??= row.Number == 1 ? [.. row.Cells] : []; // the reader refills its array for the next row
            }

            return CheckHeader(header ?? []);
        }
        catch (Exception ex) when (WorkbookInspector.Describe(ex) is { } message)
        {
            return message;
        }
    }

    private static string? CheckHeader(string?[] first)
    {
        var actual = first.Select(t => t?.Trim() ?? "").ToList();
        while (actual.Count > 0 && actual[^1].Length == 0)
        {
            actual.RemoveAt(actual.Count - 1);
        }

        if (actual.Count == 0)
        {
            return "附件第一个工作表的第1行没有表头，请使用“模板下载”得到的节目清单模板";
        }

        return actual.SequenceEqual(Headers, StringComparer.Ordinal)
            ? null
            : $"附件表头与模板不符：应为“{string.Join("、", Headers)}”，实际为“{string.Join("、", actual)}”";
    }
}
