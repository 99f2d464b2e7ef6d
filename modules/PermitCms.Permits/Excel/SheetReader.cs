using System.Globalization;
using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>
/// Streams a worksheet part's rows with XmlReader, checking the &lt;dimension&gt; and every row and cell reference
/// against the template's extent as it goes: a cell at XFD1 or a row at 1,048,576 is refused, never padded or
/// filled in. Only rows present in the part are returned; the cost is the part's size, whatever it claims.
/// </summary>
internal static class SheetReader
{
    public static IEnumerable<SheetRow> Read(WorkbookParts parts, string path, string sheetName, IReadOnlyList<string> strings, SheetLimits limits, bool refuseFormulas)
    {
        using var reader = parts.Reader(path);
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "dimension" && reader.GetAttribute("ref") is { } extent)
            {
                CheckExtent(extent[(extent.IndexOf(':', StringComparison.Ordinal) + 1)..], sheetName, limits);
            }
            else if (reader.LocalName == "row")
            {
                rowNumber = reader.GetAttribute("r") is { } r ? ParseRow(r, sheetName) : rowNumber + 1;
                CheckExtent(null, rowNumber, sheetName, limits);
                var cells = new string?[limits.Columns];
                ReadCells(reader, rowNumber, cells, sheetName, strings, limits, refuseFormulas);
                parts.Budget.Check();
                yield return new SheetRow(rowNumber, cells);
            }
        }
    }

    /// <summary>The first cell holding a formula in a sheet part, or null.</summary>
    public static string? FirstFormula(WorkbookParts parts, string path)
    {
        using var reader = parts.Reader(path);
        string? cell = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                cell = reader.GetAttribute("r");
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "f")
            {
                return cell ?? "?";
            }
        }

        return null;
    }

    private static void ReadCells(XmlReader reader, int rowNumber, string?[] cells, string sheetName, IReadOnlyList<string> strings, SheetLimits limits, bool refuseFormulas)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        var column = 0;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                reader.Read();
                continue;
            }

            var reference = reader.GetAttribute("r");
            if (reference is null)
            {
                column++;
            }
            else if (!CellReference.TryParse(reference, out column, out var row) || column == 0 || (row != 0 && row != rowNumber))
            {
                throw new WorkbookRefusedException($"工作表“{sheetName}”第 {rowNumber} 行的单元格引用“{Cut(reference)}”无效，文件已损坏");
            }

            CheckExtent(column, rowNumber, sheetName, limits);
            var type = reader.GetAttribute("t");
            var (value, formula) = ReadCell(reader, type);
            if (formula && refuseFormulas)
            {
                throw new WorkbookRefusedException($"工作表“{sheetName}”含有公式（如单元格 {CellReference.ColumnName(column)}{rowNumber}），请将公式复制后“选择性粘贴为数值”再导入");
            }

            cells[column - 1] = type switch
            {
                "s" when value is not null => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                    ? strings[i]
                    : throw new WorkbookRefusedException($"工作表“{sheetName}”单元格 {CellReference.ColumnName(column)}{rowNumber} 引用了不存在的共享字符串，文件已损坏"),
                "b" => value == "1" ? "TRUE" : value is null ? null : "FALSE",
                null or "n" when value is not null && CellValue.IsPlainInteger(value) => value,
                null or "n" when value is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => CellText.From(d),
                _ => value,
            };
        }
    }

    /// <summary>Reads one &lt;c&gt; (reader on it) to its end: its &lt;v&gt; or inline &lt;is&gt; text, and whether it has a formula.</summary>
    private static (string? Value, bool Formula) ReadCell(XmlReader reader, string? type)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (null, false);
        }

        string? value = null;
        var formula = false;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (reader.LocalName == "v")
            {
                value = CellValue.Read(reader);
            }
            else if (reader.LocalName == "is")
            {
                value = type == "inlineStr" || value is null ? SharedStrings.ReadText(reader) : value;
            }
            else
            {
                formula |= reader.LocalName == "f";
                reader.Skip();
            }
        }

        reader.Read();
        return (value, formula);
    }

    private static void CheckExtent(string reference, string sheetName, SheetLimits limits)
    {
        if (!CellReference.TryParse(reference, out var column, out var row))
        {
            throw new WorkbookRefusedException($"工作表“{sheetName}”的范围“{Cut(reference)}”无效，文件已损坏");
        }

        CheckExtent(column, row, sheetName, limits);
    }

    private static void CheckExtent(int? column, int row, string sheetName, SheetLimits limits)
    {
        if (row > limits.Rows)
        {
            throw new WorkbookRefusedException($"{limits.TooManyRows}（工作表“{sheetName}”用到了第 {row} 行；空行也计算在内，请删除多余的行后重试）");
        }

        if (column > limits.Columns)
        {
            var last = CellReference.ColumnName(limits.Columns);
            throw new WorkbookRefusedException(
                $"工作表“{sheetName}”用到了 {CellReference.ColumnName(column.Value)} 列，超出模板的 A–{last} 列：请删除 {last} 列右侧的所有内容和格式后重试");
        }
    }

    private static int ParseRow(string r, string sheetName)
        => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is > 0 and <= 1_048_576
            ? row
            : throw new WorkbookRefusedException($"工作表“{sheetName}”的行号“{Cut(r)}”无效，文件已损坏");

    private static string Cut(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
