using System.IO.Compression;
using System.Security;
using System.Text;

namespace PermitCms.Tests.Permits.Excel;

/// <summary>
/// Writes .xlsx packages part by part, the way other programs may: another sheet part name, a namespace prefix,
/// inline or shared strings, any &lt;dimension&gt;, extra raw cells. (openpyxl is not installed; this stands in.)
/// </summary>
public sealed record HandWrittenXlsx
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public string SheetPart { get; init; } = "xl/worksheets/sheet1.xml";

    /// <summary>"" or e.g. "x:" (MiniExcel and some .NET writers prefix every element).</summary>
    public string Prefix { get; init; } = "";

    public bool SharedStrings { get; init; } = true;

    public string? Dimension { get; init; }

    /// <summary>Raw XML put first in the sheet part (a DTD, say).</summary>
    public string Prolog { get; init; } = "";

    /// <summary>Raw XML appended inside sheetData after the rows (far cells, far rows).</summary>
    public string ExtraRows { get; init; } = "";

    public byte[] Build(IEnumerable<IReadOnlyList<string?>> rows)
    {
        var strings = new List<string>();
        var p = Prefix;
        var ns = p.Length == 0 ? $"xmlns=\"{Main}\"" : $"xmlns:{p.TrimEnd(':')}=\"{Main}\"";
        var sheet = new StringBuilder(Prolog);
        sheet.Append($"<{p}worksheet {ns} xmlns:r=\"{Rel}\">");
        if (Dimension is not null)
        {
            sheet.Append($"<{p}dimension ref=\"{Dimension}\"/>");
        }

        sheet.Append($"<{p}sheetData>");
        var r = 0;
        foreach (var row in rows)
        {
            r++;
            sheet.Append($"<{p}row r=\"{r}\">");
            for (var c = 0; c < row.Count; c++)
            {
                if (row[c] is not { } text)
                {
                    continue;
                }

                var reference = Column(c + 1) + r;
                if (SharedStrings)
                {
                    strings.Add(text);
                    sheet.Append($"<{p}c r=\"{reference}\" t=\"s\"><{p}v>{strings.Count - 1}</{p}v></{p}c>");
                }
                else
                {
                    sheet.Append($"<{p}c r=\"{reference}\" t=\"inlineStr\"><{p}is><{p}t>{SecurityElement.Escape(text)}</{p}t></{p}is></{p}c>");
                }
            }

            sheet.Append($"</{p}row>");
        }

        sheet.Append(ExtraRows).Append($"</{p}sheetData></{p}worksheet>");
        var target = SheetPart.StartsWith("xl/", StringComparison.Ordinal) ? SheetPart[3..] : "/" + SheetPart;
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + $"<Override PartName=\"/{SheetPart}\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>",
            ["_rels/.rels"] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{Rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = $"<{p}workbook {ns} xmlns:r=\"{Rel}\"><{p}sheets><{p}sheet name=\"节目清单\" sheetId=\"1\" r:id=\"rIdSheet\"/></{p}sheets></{p}workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rIdSheet\" Type=\"{Rel}/worksheet\" Target=\"{target}\"/>"
                + (SharedStrings ? $"<Relationship Id=\"rIdStrings\" Type=\"{Rel}/sharedStrings\" Target=\"strings.xml\"/>" : "")
                + "</Relationships>",
            [SheetPart] = sheet.ToString(),
        };
        if (SharedStrings)
        {
            parts["xl/strings.xml"] = $"<{p}sst {ns} count=\"{strings.Count}\">"
                + string.Concat(strings.Select(s => $"<{p}si><{p}t xml:space=\"preserve\">{SecurityElement.Escape(s)}</{p}t></{p}si>")) + $"</{p}sst>";
        }

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }

        return stream.ToArray();
    }

    public static string Column(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
