using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>A cell's &lt;v&gt; for <see cref="SheetReader"/>, read with less work than XmlReader's general helpers.</summary>
internal static class CellValue
{
    /// <summary>
    /// A &lt;v&gt;'s text (reader on it; left after its end) into <paramref name="chars"/>, as
    /// ReadElementContentAsString gives it but without a string: a value is almost always one text node, copied
    /// here directly (measured: the import reads 220,000 of them). A child element is as damaged as there.
    /// </summary>
    public static void Read(XmlReader reader, CellChars chars)
    {
        chars.Clear();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        reader.Read();
        while (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            chars.Append(reader);
            reader.Read();
        }

        if (reader.NodeType != XmlNodeType.EndElement)
        {
            throw new XmlException("A cell value holds an element.");
        }

        reader.Read();
    }

    /// <summary>
    /// A number that reads back as itself ("11", "8523499020"): no leading zero, sign, point or exponent, and short
    /// enough for a double to hold exactly; CellText would give the same text, so it is kept without parsing it.
    /// </summary>
    public static bool IsPlainInteger(ReadOnlySpan<char> value)
        => value.Length is > 0 and <= 15 && (value[0] != '0' || value.Length == 1) && value.IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// A decimal that CellText's fifteen significant digits give back as written ("19.999", "0.5"): digits, one
    /// point, at least one digit after it and the last not 0, no leading zero before it but a lone one, at most
    /// 15 digits (a double holds any 15 exactly), and not so small that G15 turns to an exponent (0.00001 → 1E-05).
    /// </summary>
    public static bool IsPlainDecimal(ReadOnlySpan<char> value)
    {
        var point = value.IndexOf('.');
        if (point <= 0 || point == value.Length - 1 || value.Length > 16 || value[^1] == '0'
            || value[..point].IndexOfAnyExceptInRange('0', '9') >= 0 || value[(point + 1)..].IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return false;
        }

        if (value[0] != '0')
        {
            return true;
        }

        // "0.xxx": only the fraction's digits count, and at most three zeros may lead them (0.0001 is still fixed-point).
        return point == 1 && value[2..].IndexOfAnyExcept('0') <= 3;
    }
}
