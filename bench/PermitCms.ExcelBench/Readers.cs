using System.IO.Compression;
using System.Xml;
using ClosedXML.Excel;
using MiniExcelLibs;
using NPOI.XSSF.UserModel;

namespace PermitCms.ExcelBench;

/// <summary>
/// Bare reads of the same workbook, each touching every cell's text; they return the number of non-empty cells
/// so that no reader can skip work. None validates or stores anything.
/// </summary>
internal static class Readers
{
    /// <summary>The floor: the zip's shared strings and first sheet through XmlReader, nothing else.</summary>
    public static long RawXml(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is { } shared)
        {
            using var reader = XmlReader.Create(shared.Open());
            while (reader.ReadToFollowing("si"))
            {
                using var item = reader.ReadSubtree();
                var text = "";
                while (item.ReadToFollowing("t"))
                {
                    text += item.ReadElementContentAsString();
                }

                strings.Add(text);
            }
        }

        var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var cells = XmlReader.Create(sheet.Open());
        long count = 0;
        string? type = null;
        while (cells.Read())
        {
            if (cells.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (cells.LocalName == "c")
            {
                type = cells.GetAttribute("t");
            }
            else if (cells.LocalName is "v" or "t")
            {
                var value = cells.ReadElementContentAsString();
                var text = type == "s" ? strings[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)] : value;
                count += text.Length > 0 ? 1 : 0;
            }
        }

        return count;
    }

    public static long MiniExcelQuery(string path)
    {
        long count = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path))
        {
            count += row.Values.Count(v => v?.ToString() is { Length: > 0 });
        }

        return count;
    }

    public static long Npoi(string path)
    {
        using var file = File.OpenRead(path);
        var workbook = new XSSFWorkbook(file);
        var sheet = workbook.GetSheetAt(0);
        long count = 0;
        for (var r = sheet.FirstRowNum; r <= sheet.LastRowNum; r++)
        {
            if (sheet.GetRow(r) is not { } row)
            {
                continue;
            }

            foreach (var cell in row.Cells)
            {
                count += cell.ToString() is { Length: > 0 } ? 1 : 0;
            }
        }

        return count;
    }

    public static long ClosedXml(string path)
    {
        using var workbook = new XLWorkbook(path);
        long count = 0;
        foreach (var row in workbook.Worksheet(1).RowsUsed())
        {
            foreach (var cell in row.CellsUsed())
            {
                count += cell.GetString() is { Length: > 0 } ? 1 : 0;
            }
        }

        return count;
    }
}
