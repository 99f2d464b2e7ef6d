using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Goods;

namespace PermitCms.Permits.Excel;

/// <summary>
/// Reads a filled goods template, streaming (<see cref="SheetReader"/>: bounded by the template's extent and the
/// upload's budget, whichever program wrote it), and validates every row in memory with
/// <see cref="GoodsRules"/>. All or nothing: any problem and the caller imports no line at all.
/// </summary>
public static class GoodsImporter
{
    public const long MaxBytes = 20L * 1024 * 1024;
    public const int MaxRows = 20_000;

    /// <summary>Enough to fix a workbook by; beyond this the list says it was cut.</summary>
    public const int MaxErrors = 5_000;

    public sealed record Result(List<PermitGoods> Goods, List<GoodsError> Errors, string? Fatal)
    {
        public bool Succeeded => Fatal is null && Errors.Count == 0;
    }

    /// <summary>The goods sheet's extent: the template's columns, the header and at most <see cref="MaxRows"/> lines, blank ones included.</summary>
    public static readonly SheetLimits Limits = new(GoodsField.All.Count, MaxRows + 1, $"商品超过 {MaxRows} 行，请拆分后分批导入");

    /// <summary>
    /// Reads and validates every row. While no row has failed, each valid line is also handed to
    /// <paramref name="accepted"/> as soon as it is read (the import stores them meanwhile); after the first
    /// problem no more are, and the caller discards what it had.
    /// </summary>
    public static Result Read(UploadedWorkbook workbook, CodeListSnapshot codes, Action<PermitGoods>? accepted = null)
    {
        try
        {
            return Validate(workbook.FirstSheetRows(Limits, refuseFormulas: true), codes, accepted);
        }
        catch (Exception ex) when (WorkbookInspector.Describe(ex) is { } message)
        {
            return new Result([], [], message);
        }
    }

    private static Result Validate(IEnumerable<SheetRow> rows, CodeListSnapshot codes, Action<PermitGoods>? accepted)
    {
        var goods = new List<PermitGoods>();
        var errors = new List<GoodsError>();
        Dictionary<int, GoodsField>? columns = null;
        var input = new GoodsInput();

        foreach (var row in rows)
        {
            if (columns is null)
            {
                var header = ReadHeader(row.Number == 1 ? row.Cells : [], out var headerError);
                if (headerError is not null)
                {
                    return new Result([], [], headerError);
                }

                columns = header;
                continue;
            }

            if (row.IsBlank)
            {
                continue; // blank lines between or after the data are not goods (their row numbers still count)
            }

            // Every field is set from its column on each row (the header has them all), so one input serves all rows.
            foreach (var (column, field) in columns)
            {
                input.Set(field.Key, row.Cells[column]);
            }

            if (GoodsRules.Validate(input, codes, row.Number, errors, out var line))
            {
                goods.Add(line);
                if (errors.Count == 0)
                {
                    accepted?.Invoke(line);
                }
            }
            else if (errors.Count > MaxErrors)
            {
                errors.RemoveRange(MaxErrors, errors.Count - MaxErrors);
            }
        }

        if (columns is null)
        {
            return new Result([], [], "工作簿是空的：第一个工作表没有表头行，请使用“模板下载”得到的模板");
        }

        if (goods.Count == 0 && errors.Count == 0)
        {
            return new Result([], [], "工作簿中没有商品数据：请从第2行起填写商品");
        }

        return new Result(errors.Count == 0 ? goods : [], errors, null);
    }

    /// <summary>Maps each column (index) to its field; every template header must be there, and nothing else.</summary>
    private static Dictionary<int, GoodsField>? ReadHeader(string?[] row, out string? error)
    {
        var byHeader = GoodsField.All.ToDictionary(f => Normalize(f.Header), StringComparer.Ordinal);
        var columns = new Dictionary<int, GoodsField>();
        var unknown = new List<string>();
        for (var column = 0; column < row.Length; column++)
        {
            var text = row[column];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (byHeader.TryGetValue(Normalize(text), out var field) && !columns.ContainsValue(field))
            {
                columns[column] = field;
            }
            else
            {
                unknown.Add($"{CellReference.ColumnName(column + 1)}列“{(text.Length > 20 ? text[..20] + "…" : text)}”");
            }
        }

        var missing = GoodsField.All.Where(f => !columns.ContainsValue(f)).Select(f => f.Header).ToList();
        error = null;
        if (columns.Count == 0 && unknown.Count == 0)
        {
            error = "工作簿是空的：第一个工作表的第1行没有表头，请使用“模板下载”得到的模板";
        }
        else if (missing.Count > 0 || unknown.Count > 0)
        {
            error = "表头与模板不符（第1行）："
                + (missing.Count > 0 ? $"缺少列 {string.Join("、", missing)}" : "")
                + (missing.Count > 0 && unknown.Count > 0 ? "；" : "")
                + (unknown.Count > 0 ? $"无法识别 {string.Join("、", unknown)}" : "")
                + "。请使用“模板下载”得到的模板";
        }

        return error is null ? columns : null;
    }

    /// <summary>Headers compare without spaces and with ASCII/full-width parentheses and slashes alike (WPS and Excel IMEs differ).</summary>
    private static string Normalize(string header)
        => header.Trim().Replace(" ", "", StringComparison.Ordinal).Replace('（', '(').Replace('）', ')').Replace('／', '/');
}
