using System.Text;
using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>The shared-string table (&lt;si&gt; items: plain &lt;t&gt; or rich-text runs; phonetic &lt;rPh&gt; runs left out).</summary>
internal static class SharedStrings
{
    public static List<string> Load(WorkbookParts parts)
    {
        var strings = new List<string>();
        if (parts.SharedStringsPath is not { } path)
        {
            return strings;
        }

        using var reader = parts.Reader(path);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(ReadText(reader));
                continue;
            }

            reader.Read();
        }

        return strings;
    }

    /// <summary>The text of the element the reader is on (an &lt;si&gt; or an inline &lt;is&gt;); leaves the reader after it.</summary>
    public static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(reader.ReadElementContentAsString());
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "rPh" or "phoneticPr")
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return text.ToString();
    }
}
