using System.Globalization;
using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>
/// Streams a worksheet part's rows with XmlReader, checking the &lt;dimension&gt; and every row and cell reference
/// against the template's extent as it goes: a cell at XFD1 or a row at 1,048,576 is refused, never padded or
/// filled in. Only rows present in the part are returned; the cost is the part's size, whatever it claims.
/// Each row's <see cref="SheetRow.Cells"/> is the same array, refilled for the next row: copy it to keep it.
/// </summary>
internal static class SheetReader
{
    public static IEnumerable<SheetRow> Read(WorkbookParts parts, string path, string sheetName, IReadOnlyList<string> strings, SheetLimits limits, bool refuseFormulas)
    {
        using var reader = parts.Reader(path);
        var names = new SheetNames(reader.NameTable);
        var chars = new CellChars();
        var cells = new string?[limits.Columns];
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (ReferenceEquals(reader.LocalName, names.Dimension) && reader.GetAttribute("ref") is { } extent)
            {
                CheckExtent(extent[(extent.IndexOf(':', StringComparison.Ordinal) + 1)..], sheetName, limits);
            }
            else if (ReferenceEquals(reader.LocalName, names.Row))
            {
                rowNumber = chars.ReadAttribute(reader, "r") ? ParseRow(chars.Span, sheetName) : rowNumber + 1;
                CheckExtent(null, rowNumber, sheetName, limits);
                Array.Clear(cells);
                SheetCells.Read(reader, names, chars, rowNumber, cells, sheetName, strings, limits, refuseFormulas);
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

    private static void CheckExtent(string reference, string sheetName, SheetLimits limits)
    {
        if (!CellReference.TryParse(reference, out var column, out var row))
        {
            throw new WorkbookRefusedException($"工作表“{sheetName}”的范围“{Cut(reference)}”无效，文件已损坏");
        }

        CheckExtent(column, row, sheetName, limits);
    }

    public static void CheckExtent(int? column, int row, string sheetName, SheetLimits limits)
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

    private static int ParseRow(ReadOnlySpan<char> r, string sheetName)
        => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is > 0 and <= 1_048_576
            ? row
            : throw new WorkbookRefusedException($"工作表“{sheetName}”的行号“{Cut(r)}”无效，文件已损坏");

    public static string Cut(ReadOnlySpan<char> text) => text.Length > 20 ? string.Concat(text[..20], "…") : text.ToString();
}
