using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using PermitCms.Permits.Data;
using PermitCms.Permits.Goods;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>商品信息 from Excel: the template, and imports that are all or nothing.</summary>
public sealed class GoodsImportTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(PermitClient Client, int Id)> NewDraftAsync()
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(factory);
        var client = await PermitClient.SignInAsync(factory, user, PermitTestData.Password);
        return (client, await client.SaveDraftAsync());
    }

    private Task<int> GoodsCountAsync(int id) => factory.WithDbAsync(db => db.Set<PermitGoods>().CountAsync(g => g.PermitApplicationId == id));

    private static async Task<(HttpStatusCode Status, JsonElement Json)> ImportAsync(PermitClient client, int id, byte[] workbook, string fileName = "goods.xlsx")
    {
        var response = await client.UploadAsync(id, "ImportGoods", "file", workbook, fileName);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        return (response.StatusCode, json);
    }

    private static List<(int Row, string Column, string Message)> Errors(JsonElement json)
        => json.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!, e.GetProperty("message").GetString()!)).ToList();

    [Fact]
    public async Task The_template_has_only_the_header_row_first_then_an_example_and_the_codes()
    {
        var (client, _) = await NewDraftAsync();
        var bytes = await client.Http.GetByteArrayAsync("/Permits/Apply?handler=GoodsTemplate", Ct);
        using var stream = new MemoryStream(bytes);

        var sheets = MiniExcel.GetSheetNames(stream);
        Assert.Equal("商品信息", sheets[0]);
        Assert.Contains("填写示例", sheets);
        Assert.Contains("商品编码", sheets);
        Assert.Contains("币制", sheets);
        var first = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheets[0]).Cast<IDictionary<string, object?>>().ToList();
        Assert.Single(first);
        Assert.Equal(GoodsField.All.Select(f => f.Header), first[0].Values.Select(v => v?.ToString()));

        // The example row itself imports, proving the template and the importer agree.
        var example = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "填写示例").Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(kv => kv.Key, kv => kv.Value)).ToList();
        var (_, id) = await NewDraftAsync();
        var (ownerClient, ownId) = await NewDraftAsync();
        var (status, json) = await ImportAsync(ownerClient, ownId, PermitTestData.Workbook(example));
        Assert.True(status == HttpStatusCode.OK, json.ToString());
        Assert.Equal(1, await GoodsCountAsync(ownId));
        Assert.Equal(0, await GoodsCountAsync(id));
    }

    [Fact]
    public async Task Valid_rows_are_imported_with_line_numbers_and_totals_computed_by_the_server()
    {
        var (client, id) = await NewDraftAsync();
        await client.PostAsync(id, "SaveGoods", PermitTestData.GoodsForm());
        var rows = Enumerable.Range(1, 3).Select(PermitTestData.GoodsRow).ToList();
        rows[2][GoodsField.Unit.Header] = 10;           // a number: the leading zero was lost
        rows[2][GoodsField.Carrier.Header] = "蓝光光盘"; // a Chinese name instead of the code

        var (status, json) = await ImportAsync(client, id, PermitTestData.Workbook(rows));

        Assert.True(status == HttpStatusCode.OK, json.ToString());
        Assert.Equal(3, json.GetProperty("count").GetInt32());
        var goods = await factory.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).OrderBy(g => g.LineNo).ToListAsync());
        Assert.Equal([1, 2, 3, 4], goods.Select(g => g.LineNo));
        Assert.Equal(60.00m, goods[0].TotalPrice); // 3 × 19.999 from the dialog
        Assert.Equal(Math.Round((10 + 1) * 12.35m, 2), goods[1].TotalPrice);
        Assert.Equal("010", goods[3].UnitCode);
        Assert.Equal("BD", goods[3].CarrierCode);
    }

    [Fact]
    public async Task Wrong_headers_are_refused()
    {
        var (client, id) = await NewDraftAsync();
        var row = PermitTestData.GoodsRow();
        row.Remove(GoodsField.Currency.Header);
        row["颜色"] = "红";

        var (status, json) = await ImportAsync(client, id, PermitTestData.Workbook([row]));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var message = json.GetProperty("message").GetString()!;
        Assert.Contains("表头与模板不符", message, StringComparison.Ordinal);
        Assert.Contains("缺少列 币制", message, StringComparison.Ordinal);
        Assert.Contains("颜色", message, StringComparison.Ordinal);
        Assert.Equal(0, await GoodsCountAsync(id));
    }

    [Fact]
    public async Task Wrong_types_codes_and_over_long_text_refuse_the_whole_workbook_listing_every_problem()
    {
        var (client, id) = await NewDraftAsync();
        var rows = Enumerable.Range(1, 6).Select(PermitTestData.GoodsRow).ToList();
        rows[1][GoodsField.Quantity.Header] = "十个";
        rows[2][GoodsField.Quantity.Header] = 1.5;
        rows[2][GoodsField.UnitPrice.Header] = "abc";
        rows[3][GoodsField.Title.Header] = new string('长', 201);
        rows[4][GoodsField.HsCode.Header] = "8471300000";
        rows[4][GoodsField.Country.Header] = "XX";
        rows[5][GoodsField.Currency.Header] = null;
        rows[5][GoodsField.Quantity.Header] = -2;

        var (status, json) = await ImportAsync(client, id, PermitTestData.Workbook(rows));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = Errors(json);
        Assert.Contains((3, "数量", "数量“十个”不是整数"), errors);
        Assert.Contains((4, "数量", "数量“1.5”不是整数"), errors);
        Assert.Contains((4, "单价", "单价“abc”不是数字"), errors);
        Assert.Contains((5, "节目名称", "节目名称不能超过200个字符（现有201个）"), errors);
        Assert.Contains((6, "商品编码", "商品编码“8471300000”不在代码表中"), errors);
        Assert.Contains((6, "原产国(地区)", "原产国(地区)“XX”不在代码表中"), errors);
        Assert.Contains((7, "币制", "币制不能为空"), errors);
        Assert.Contains((7, "数量", $"数量必须是 1 到 {GoodsRules.QuantityMax} 之间的整数"), errors);
        Assert.Equal(8, errors.Count);
        Assert.Equal(0, await GoodsCountAsync(id)); // row 2 was fine, and still nothing was imported
    }

    [Fact]
    public async Task An_empty_workbook_is_refused()
    {
        var (client, id) = await NewDraftAsync();
        using var headerOnly = new MemoryStream();
        var header = new System.Data.DataTable();
        foreach (var field in GoodsField.All)
        {
            header.Columns.Add(field.Header);
        }

        MiniExcel.SaveAs(headerOnly, header);
        using var blank = new MemoryStream();
        MiniExcel.SaveAs(blank, new System.Data.DataTable());

        var (status1, json1) = await ImportAsync(client, id, headerOnly.ToArray());
        var (status2, json2) = await ImportAsync(client, id, blank.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, status1);
        Assert.Contains("没有商品数据", json1.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, status2);
        Assert.Contains("工作簿是空的", json2.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await GoodsCountAsync(id));
    }

    [Fact]
    public async Task Ten_thousand_lines_import_whole()
    {
        // How fast: bench/PermitCms.LoadTest measures it; a timed assertion here would only measure the machine.
        var (client, id) = await NewDraftAsync();
        var workbook = PermitTestData.Workbook(Enumerable.Range(1, 10_000).Select(PermitTestData.GoodsRow));

        var (status, json) = await ImportAsync(client, id, workbook);

        Assert.True(status == HttpStatusCode.OK, json.ToString());
        Assert.Equal(10_000, await GoodsCountAsync(id));
    }

    [Fact]
    public async Task A_bad_row_after_thousands_of_lines_were_stored_meanwhile_leaves_the_goods_as_they_were()
    {
        // The import stores lines while it reads on (GoodsBulkWriter): a problem at row 2,801 comes after more than
        // ten statements of 200 went in, and still nothing of this workbook stays, and the numbering goes on from
        // the lines there were.
        var (client, id) = await NewDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(client, id, PermitTestData.Workbook([PermitTestData.GoodsRow(1)]))).Status);
        var rows = Enumerable.Range(1, 3_000).Select(PermitTestData.GoodsRow).ToList();
        rows[2_799][GoodsField.Quantity.Header] = "十个";

        var (status, json) = await ImportAsync(client, id, PermitTestData.Workbook(rows));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2_801, "数量", "数量“十个”不是整数")], Errors(json));
        Assert.Equal(1, await GoodsCountAsync(id));

        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(client, id, PermitTestData.Workbook(Enumerable.Range(1, 3).Select(PermitTestData.GoodsRow)))).Status);
        var lineNos = await factory.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).OrderBy(g => g.LineNo).Select(g => g.LineNo).ToListAsync());
        Assert.Equal([1, 2, 3, 4], lineNos);
    }

    [Fact]
    public async Task Two_imports_into_one_application_at_once_never_mix_or_duplicate_line_numbers()
    {
        var (client, id) = await NewDraftAsync();
        var workbook = PermitTestData.Workbook(Enumerable.Range(1, 1_500).Select(PermitTestData.GoodsRow));

        var results = await Task.WhenAll(ImportAsync(client, id, workbook), ImportAsync(client, id, workbook));

        // Either both went in one after the other (3,000 lines, numbered 1..3,000), or one was told to retry and
        // exactly the other's 1,500 lines are there.
        var ok = results.Count(r => r.Status == HttpStatusCode.OK);
        Assert.All(results.Where(r => r.Status != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.Status));
        var lineNos = await factory.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).OrderBy(g => g.LineNo).Select(g => g.LineNo).ToListAsync());
        Assert.Equal(Enumerable.Range(1, ok * 1_500), lineNos);
        Assert.True(ok >= 1, string.Join(" | ", results.Select(r => r.Json.ToString())));
    }

    [Fact]
    public async Task A_sheet_with_more_lines_than_the_limit_is_refused()
    {
        var (client, id) = await NewDraftAsync();
        var workbook = PermitTestData.Workbook(Enumerable.Range(1, PermitCms.Permits.Excel.GoodsImporter.MaxRows + 1).Select(PermitTestData.GoodsRow));

        var (status, json) = await ImportAsync(client, id, workbook);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("商品超过 20000 行", json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await GoodsCountAsync(id));
    }

    [Fact]
    public async Task Hostile_files_get_a_clear_message_and_import_nothing()
    {
        var (client, id) = await NewDraftAsync();
        var notZip = "节目名称,原名\n"u8.ToArray();
        var xls = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 };
        var bomb = ZipBomb();
        var formula = WithFormula(PermitTestData.Workbook([PermitTestData.GoodsRow()]));

        var cases = new (byte[] Bytes, string Name, string Message)[]
        {
            (notZip, "goods.xlsx", "不是有效的 Excel 工作簿"),
            (xls, "goods.xlsx", "不支持旧版 .xls 格式"),
            (bomb, "goods.xlsx", "压缩炸弹"),
            (formula, "goods.xlsx", "含有公式"),
            (PermitTestData.Workbook([PermitTestData.GoodsRow()]), "goods.csv", "只能导入 .xlsx"),
        };

        foreach (var (bytes, name, message) in cases)
        {
            var (status, json) = await ImportAsync(client, id, bytes, name);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains(message, json.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await GoodsCountAsync(id));
    }

    [Fact]
    public async Task A_workbook_saved_by_LibreOffice_imports()
    {
        TestEnvironment.RequireDependency(File.Exists("/usr/bin/soffice"), "LibreOffice (apt package libreoffice-calc-nogui)");
        var (client, id) = await NewDraftAsync();
        var folder = TestEnvironment.NewTempDirectory("lo");
        var rows = Enumerable.Range(1, 3).Select(PermitTestData.GoodsRow).ToList();
        await File.WriteAllBytesAsync(Path.Combine(folder, "goods.xlsx"), PermitTestData.Workbook(rows), Ct);

        // Through ODS and back, so that every byte of the final .xlsx was written by LibreOffice Calc.
        await SofficeAsync(folder, "ods", "goods.xlsx");
        File.Delete(Path.Combine(folder, "goods.xlsx"));
        await SofficeAsync(folder, "xlsx", "goods.ods");
        var saved = await File.ReadAllBytesAsync(Path.Combine(folder, "goods.xlsx"), Ct);
        Assert.Contains("LibreOffice", System.Text.Encoding.UTF8.GetString(ReadPart(saved, "docProps/app.xml")), StringComparison.Ordinal);

        var (status, json) = await ImportAsync(client, id, saved);

        Assert.True(status == HttpStatusCode.OK, json.ToString());
        Assert.Equal(3, await GoodsCountAsync(id));
        Directory.Delete(folder, recursive: true);
    }

    private static async Task SofficeAsync(string folder, string format, string file)
    {
        var start = new ProcessStartInfo("/usr/bin/soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", format, "--outdir", folder, Path.Combine(folder, file)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(Ct));
    }

    private static byte[] ReadPart(byte[] xlsx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(part)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A valid-looking package whose sheet inflates from a few KB to 100 MB of zeros.</summary>
    private static byte[] ZipBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }

            Add("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Add("xl/workbook.xml", "<workbook/>");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 100; i++)
            {
                sheet.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The same workbook with a formula in cell H2 (the quantity).</summary>
    private static byte[] WithFormula(byte[] xlsx)
    {
        var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var cell = System.Text.RegularExpressions.Regex.Match(xml, "<x:c r=\"H2\"[^>]*>.*?</x:c>|<c r=\"H2\"[^>]*>.*?</c>").Value;
            Assert.NotEmpty(cell);
            var prefix = cell.StartsWith("<x:", StringComparison.Ordinal) ? "x:" : "";
            xml = xml.Replace(cell, $"<{prefix}c r=\"H2\"><{prefix}f>5*2</{prefix}f><{prefix}v>10</{prefix}v></{prefix}c>", StringComparison.Ordinal);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(xml);
        }

        return stream.ToArray();
    }
}
