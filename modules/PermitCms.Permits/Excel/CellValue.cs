using System.Text;
using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>A cell's &lt;v&gt; for <see cref="SheetReader"/>, read with less work than XmlReader's general helpers.</summary>
internal static class CellValue
{
    /// <summary>
    /// A &lt;v&gt;'s text (reader on it; left after its end), as ReadElementContentAsString gives it but without its
    /// general machinery: a value is almost always one text node, read here directly (measured: the import reads
    /// 220,000 of them). A child element is as damaged as there.
    /// </summary>
    public static string Read(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        reader.Read();
        string? text = null;
        StringBuilder? more = null;
        while (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            if (text is null)
            {
                text = reader.Value;
            }
            else
            {
                (more ??= new StringBuilder(text)).Append(reader.Value);
            }

            reader.Read();
        }

        if (reader.NodeType != XmlNodeType.EndElement)
        {
            throw new XmlException("A cell value holds an element.");
        }

        reader.Read();
        return more?.ToString() ?? text ?? "";
    }

    /// <summary>
    /// A number that reads back as itself ("11", "8523499020"): no leading zero, sign, point or exponent, and short
    /// enough for a double to hold exactly; CellText would give the same text, so it is kept without parsing it.
    /// </summary>
    public static bool IsPlainInteger(string value)
        => value.Length is > 0 and <= 15 && (value[0] != '0' || value.Length == 1) && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}
