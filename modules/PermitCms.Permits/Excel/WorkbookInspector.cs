using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace PermitCms.Permits.Excel;

/// <summary>
/// Looks at an uploaded file before any spreadsheet library parses it, so that a hostile or wrong file gets a
/// clear message instead of an exception or an exhausted server: not an .xlsx (an .xls, a renamed file),
/// too large, a zip bomb, or a sheet holding formulas (their values are whatever the saving program cached).
/// </summary>
public static class WorkbookInspector
{
    /// <summary>Uncompressed size of all parts together: a 10,000-line goods sheet is a few MB.</summary>
    private const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>Text XML compresses about 10:1; far beyond that is a decompression bomb, not a spreadsheet.</summary>
    private const long MaxCompressionRatio = 200;

    private const int MaxEntries = 1000;

    public static async Task<WorkbookCheck> OpenAsync(Stream upload, long length, long maxBytes, bool refuseFormulas, CancellationToken cancellationToken)
    {
        if (length == 0)
        {
            return WorkbookCheck.Refuse("文件为空");
        }

        if (length > maxBytes)
        {
            return WorkbookCheck.Refuse($"文件超过 {maxBytes / 1024 / 1024} MB 的大小限制");
        }

        var buffer = new MemoryStream((int)length);
        await upload.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;

        Span<byte> magic = stackalloc byte[4];
        if (buffer.Read(magic) < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4)
        {
            return WorkbookCheck.Refuse(magic[0] == 0xD0 && magic[1] == 0xCF
                ? "不支持旧版 .xls 格式，请另存为 Excel 工作簿（.xlsx）后再上传"
                : "文件不是有效的 Excel 工作簿（.xlsx）");
        }

        buffer.Position = 0;
        try
        {
            string? error;
            string? sheetName;
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
            {
                error = CheckParts(zip);
                sheetName = null;
                if (error is null)
                {
                    (sheetName, var sheetPath) = FirstSheet(zip);
                    if (sheetName is null || sheetPath is null || zip.GetEntry(sheetPath) is null)
                    {
                        error = "工作簿中没有工作表";
                    }
                    else if (refuseFormulas && FirstFormulaCell(zip.GetEntry(sheetPath)!) is { } cell)
                    {
                        error = $"工作表“{sheetName}”含有公式（如单元格 {cell}），请将公式复制后“选择性粘贴为数值”再导入";
                    }
                }
            }

            buffer.Position = 0;
            return error is null ? new WorkbookCheck(buffer, null, sheetName) : WorkbookCheck.Refuse(error);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            return WorkbookCheck.Refuse("文件已损坏或不是有效的 Excel 工作簿（.xlsx）");
        }
    }

    private static string? CheckParts(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return "文件结构异常（部件过多），不是正常的 Excel 工作簿";
        }

        if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("xl/workbook.xml") is null)
        {
            return "文件不是有效的 Excel 工作簿（.xlsx）";
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > 1024 * 1024 && entry.Length / Math.Max(entry.CompressedLength, 1) > MaxCompressionRatio)
            {
                return "文件压缩比异常（疑似压缩炸弹），已拒绝";
            }
        }

        return total > MaxUncompressedBytes ? $"工作簿解压后超过 {MaxUncompressedBytes / 1024 / 1024} MB，请拆分后分批导入" : null;
    }

    /// <summary>The first sheet in tab order and its part, via workbook.xml and its relationships.</summary>
    private static (string? Name, string? Path) FirstSheet(ZipArchive zip)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var workbook = Load(zip.GetEntry("xl/workbook.xml")!);
        var sheet = workbook.Root?.Element(main + "sheets")?.Elements(main + "sheet").FirstOrDefault()
            // Strict OOXML (an Excel "Strict Open XML" save) uses other namespaces; match by local name.
            ?? workbook.Descendants().FirstOrDefault(e => e.Name.LocalName == "sheet");
        if (sheet is null)
        {
            return (null, null);
        }

        var id = sheet.Attributes().FirstOrDefault(a => a.Name.LocalName == "id" && a.Name.Namespace != XNamespace.None)?.Value ?? sheet.Attribute(rel + "id")?.Value;
        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels") is { } relsEntry ? Load(relsEntry) : null;
        var target = rels?.Descendants().FirstOrDefault(e => e.Name.LocalName == "Relationship" && (string?)e.Attribute("Id") == id)?.Attribute("Target")?.Value;
        if (target is null)
        {
            return ((string?)sheet.Attribute("name"), null);
        }

        var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
        return ((string?)sheet.Attribute("name"), path);
    }

    /// <summary>The reference of the first cell with a formula (an &lt;f&gt; element), streamed so a large sheet costs little.</summary>
    private static string? FirstFormulaCell(ZipArchiveEntry sheet)
    {
        using var stream = sheet.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        string? cell = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "c")
            {
                cell = reader.GetAttribute("r");
            }
            else if (reader.LocalName == "f")
            {
                return cell ?? "?";
            }
        }

        return null;
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }
}
