using System.Globalization;
using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>The cells of one worksheet row for <see cref="SheetReader"/>: each reference checked, each value as text.</summary>
internal static class SheetCells
{
    public static void Read(XmlReader reader, SheetNames names, CellChars chars, int rowNumber, string?[] cells, string sheetName, IReadOnlyList<string> strings, SheetLimits limits, bool refuseFormulas)
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
            if (reader.NodeType != XmlNodeType.Element || !ReferenceEquals(reader.LocalName, names.Cell))
            {
                reader.Read();
                continue;
            }

            if (!chars.ReadAttribute(reader, "r"))
            {
                column++;
            }
            else if (!CellReference.TryParse(chars.Span, out column, out var row) || column == 0 || (row != 0 && row != rowNumber))
            {
                throw new WorkbookRefusedException($"工作表“{sheetName}”第 {rowNumber} 行的单元格引用“{SheetReader.Cut(chars.Span)}”无效，文件已损坏");
            }

            SheetReader.CheckExtent(column, rowNumber, sheetName, limits);
            var type = chars.ReadType(reader);
            var (hasValue, inline, formula) = ReadCell(reader, names, chars, type);
            if (formula && refuseFormulas)
            {
                throw new WorkbookRefusedException($"工作表“{sheetName}”含有公式（如单元格 {CellReference.ColumnName(column)}{rowNumber}），请将公式复制后“选择性粘贴为数值”再导入");
            }

            cells[column - 1] = hasValue ? Text(inline, chars, type, column, rowNumber, sheetName, strings) : null;
        }
    }

    /// <summary>A cell's text from its value (<paramref name="inline"/>, else the buffer's) and its type.</summary>
    private static string? Text(string? inline, CellChars chars, string? type, int column, int rowNumber, string sheetName, IReadOnlyList<string> strings)
    {
        var value = inline is null ? chars.Span : inline.AsSpan();
        return type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                ? strings[i]
                : throw new WorkbookRefusedException($"工作表“{sheetName}”单元格 {CellReference.ColumnName(column)}{rowNumber} 引用了不存在的共享字符串，文件已损坏"),
            "b" => value is "1" ? "TRUE" : "FALSE",
            null or "n" when CellValue.IsPlainInteger(value) || CellValue.IsPlainDecimal(value) => inline ?? chars.Text(),
            null or "n" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => CellText.From(d),
            _ => inline ?? chars.Text(),
        };
    }

    /// <summary>
    /// Reads one &lt;c&gt; (reader on it) to its end: whether it has a value, an inline &lt;is&gt; text if that is
    /// the value (else the &lt;v&gt; text is in <paramref name="chars"/>), and whether it has a formula.
    /// </summary>
    private static (bool HasValue, string? Inline, bool Formula) ReadCell(XmlReader reader, SheetNames names, CellChars chars, string? type)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (false, null, false);
        }

        var hasValue = false;
        string? inline = null;
        var formula = false;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
            }
            else if (ReferenceEquals(reader.LocalName, names.Value))
            {
                CellValue.Read(reader, chars);
                (hasValue, inline) = (true, null);
            }
            else if (ReferenceEquals(reader.LocalName, names.InlineString))
            {
                // An inline string cell's text is its <is>; any other cell's is its <v>, the <is> only if it has none.
                if (type == "inlineStr" || !hasValue)
                {
                    inline = SharedStrings.ReadText(reader);
                    hasValue = true;
                }
                else
                {
                    SharedStrings.ReadText(reader);
                }
            }
            else
            {
                formula |= ReferenceEquals(reader.LocalName, names.Formula);
                reader.Skip();
            }
        }

        reader.Read();
        return (hasValue, inline, formula);
    }
}
