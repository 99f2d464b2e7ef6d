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

    /// <summary>Null when the first sheet's first row is the template's header row; otherwise why not.</summary>
    public static string? CheckHeader(Stream workbook, string sheetName)
    {
        var first = MiniExcel.Query(workbook, useHeaderRow: false, sheetName: sheetName).FirstOrDefault() as IDictionary<string, object?>;
        var actual = first?.Values.Select(CellText.From).Select(t => t?.Trim() ?? "").ToList() ?? [];
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
