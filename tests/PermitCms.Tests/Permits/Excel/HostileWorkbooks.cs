using System.IO.Compression;
using System.Text;

namespace PermitCms.Tests.Permits.Excel;

/// <summary>One upload and the words its refusal must contain (the message says why).</summary>
public sealed record HostileFile(string Kind, byte[] Bytes, string Reason);

/// <summary>
/// Hostile and odd uploads, built for a given template header (goods or attachment): the tests post each to both
/// upload handlers, and bench/PermitCms.UploadBench measures what each costs the server.
/// </summary>
public static class HostileWorkbooks
{
    /// <param name="headers">The template's header row.</param>
    /// <param name="line">A valid data row for that template.</param>
    /// <param name="tooManyRows">The target's message for rows beyond its limit.</param>
    public static List<HostileFile> All(IReadOnlyList<string> headers, IReadOnlyList<string?> line, string tooManyRows)
    {
        var valid = new HandWrittenXlsx();
        IReadOnlyList<string?>[] rows = [headers, line];
        var farCells = new StringBuilder();
        for (var r = 3; r <= 2_000; r++)
        {
            farCells.Append($"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"XFD{r}\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }

        var wideHeader = Enumerable.Range(0, 16_384).Select(i => (string?)(i < headers.Count ? headers[i] : $"列{i + 1}")).ToList();
        return
        [
            new("zip bomb (100 MB of zeros, sizes declared)", ZipBomb(valid.Build(rows)), "压缩炸弹"),
            new("entry-count bomb (60,000 parts)", ManyEntries(valid.Build(rows), 60_000), "部件多达"),
            new("lying sizes (150 MB declared as 1 KB)", LyingSizes(headers), "已损坏"),
            new("DTD / entity expansion", (valid with { SharedStrings = false, Prolog = BillionLaughs, ExtraRows = "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>" }).Build(rows), "DTD"),
            new("far column (XFD in 2,000 rows)", (valid with { ExtraRows = farCells.ToString() }).Build(rows), "XFD 列"),
            new("far row (row 1,048,576)", (valid with { ExtraRows = "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>" }).Build(rows), tooManyRows),
            new("dimension A1:XFD1048576", (valid with { Dimension = "A1:XFD1048576" }).Build(rows), "第 1048576 行"),
            new("16,384-column header", valid.Build([wideHeader, line]), "列，超出模板"),
            new("not a zip", "节目名称,原名\r\n卡门,Carmen\r\n"u8.ToArray(), "不是有效的 Excel 工作簿"),
            new("empty (0 bytes)", [], "文件为空"),
            new("damaged zip", [.. "PK\u0003\u0004"u8, .. new byte[200]], "已损坏"),
        ];
    }

    /// <summary>Valid workbooks as other programs write them: each must be accepted.</summary>
    public static List<(string Kind, byte[] Bytes)> Valid(IReadOnlyList<string> headers, IReadOnlyList<string?> line)
    {
        IReadOnlyList<string?>[] rows = [headers, line, new string?[headers.Count], line];
        return
        [
            ("renamed sheet part, shared strings", new HandWrittenXlsx { SheetPart = "xl/worksheets/商品 表.xml" }.Build(rows)),
            ("prefixed namespace x:, inline strings", new HandWrittenXlsx { Prefix = "x:", SharedStrings = false, SheetPart = "xl/data/first.xml" }.Build(rows)),
            ("absolute part target, dimension", new HandWrittenXlsx { SheetPart = "sheets/one.xml", Dimension = $"A1:{HandWrittenXlsx.Column(headers.Count)}4" }.Build(rows)),
        ];
    }

    private const string BillionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
        + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
        + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
        + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    private static byte[] ZipBomb(byte[] workbook) => Replace(workbook, "xl/worksheets/sheet1.xml", sheet =>
    {
        var zeros = new byte[1024 * 1024];
        for (var i = 0; i < 100; i++)
        {
            sheet.Write(zeros);
        }
    });

    private static byte[] ManyEntries(byte[] workbook, int count)
    {
        var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry($"xl/m/{i}", CompressionLevel.NoCompression);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A sheet part that inflates to 150 MB (whitespace between rows) while both zip headers say 1,000 bytes.</summary>
    private static byte[] LyingSizes(IReadOnlyList<string> headers)
    {
        var bytes = Replace(new HandWrittenXlsx().Build([headers]), "xl/worksheets/sheet1.xml", sheet =>
        {
            sheet.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 150; i++)
            {
                sheet.Write(spaces);
            }

            sheet.Write("</sheetData></worksheet>"u8);
        });

        var name = "xl/worksheets/sheet1.xml"u8.ToArray();
        Patch(bytes, [0x50, 0x4B, 0x03, 0x04], 26, 22, name);   // local header: name length at 26, uncompressed size at 22
        Patch(bytes, [0x50, 0x4B, 0x01, 0x02], 28, 24, name);   // central directory: name length at 28, uncompressed size at 24
        return bytes;
    }

    private static void Patch(byte[] zip, byte[] signature, int nameLengthAt, int sizeAt, byte[] name)
    {
        var headerLength = signature[2] == 3 ? 30 : 46;
        for (var i = 0; i + headerLength < zip.Length; i++)
        {
            if (zip.AsSpan(i, 4).SequenceEqual(signature) && BitConverter.ToUInt16(zip, i + nameLengthAt) == name.Length
                && zip.AsSpan(i + headerLength, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(1000u).CopyTo(zip, i + sizeAt);
            }
        }
    }

    private static byte[] Replace(byte[] workbook, string part, Action<Stream> write)
    {
        var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
            using var entry = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
            write(entry);
        }

        return stream.ToArray();
    }
}
