using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;
using PermitCms.Permits.Goods;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Excel;

/// <summary>
/// Issue 9.1: every hostile or odd upload, through the real pages, to both the goods import and the attachment
/// upload: never a 500, a message that says why, nothing saved; and valid workbooks as other programs write them
/// are accepted. What each costs the server: bench/PermitCms.UploadBench.
/// </summary>
public sealed class UploadHardeningTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static IReadOnlyList<string?> GoodsLine { get; } =
        [.. GoodsField.All.Select(f => PermitTestData.GoodsRow()[f.Header] is { } v ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null)];

    public static IReadOnlyList<string?> AttachmentLine { get; } = ["1", "卡门", "Carmen", "歌剧全剧", "150", "EMI", "2030-12-31", null];

    public static List<HostileFile> GoodsFiles() => HostileWorkbooks.All([.. GoodsField.All.Select(f => f.Header)], GoodsLine, $"商品超过 {GoodsImporter.MaxRows} 行");

    public static List<HostileFile> AttachmentFiles() => HostileWorkbooks.All(AttachmentTemplate.Headers, AttachmentLine, "附件超过 20000 行");

    private async Task<(PermitClient Client, int Id)> NewDraftAsync()
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(factory);
        var client = await PermitClient.SignInAsync(factory, user, PermitTestData.Password);
        return (client, await client.SaveDraftAsync());
    }

    [Fact]
    public async Task Hostile_goods_workbooks_are_refused_with_the_reason_and_import_nothing()
    {
        var (client, id) = await NewDraftAsync();
        foreach (var file in GoodsFiles())
        {
            var response = await client.UploadAsync(id, "ImportGoods", "file", file.Bytes, "goods.xlsx");
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{file.Kind}: {(int)response.StatusCode} {body}");
            var message = JsonDocument.Parse(body).RootElement.GetProperty("message").GetString();
            Assert.True(message?.Contains(file.Reason, StringComparison.Ordinal) == true, $"{file.Kind}: “{message}” lacks “{file.Reason}”");
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<PermitGoods>().CountAsync(g => g.PermitApplicationId == id)));
    }

    [Fact]
    public async Task Hostile_attachments_are_refused_with_the_reason_and_store_nothing()
    {
        var (client, id) = await NewDraftAsync();
        foreach (var file in AttachmentFiles())
        {
            var response = await client.UploadAsync(id, "UploadAttachment", "attachment", file.Bytes, "节目清单.xlsx");
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{file.Kind}: {(int)response.StatusCode}");
            var page = await client.GetPageAsync(id);
            Assert.True(page.Contains("上传失败：", StringComparison.Ordinal) && page.Contains(file.Reason, StringComparison.Ordinal), $"{file.Kind}: no “{file.Reason}” on the page");
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<PermitAttachment>().CountAsync(a => a.PermitApplicationId == id)));
    }

    [Fact]
    public async Task Workbooks_written_as_other_programs_write_them_import_and_upload()
    {
        var (client, id) = await NewDraftAsync();
        var goods = HostileWorkbooks.Valid([.. GoodsField.All.Select(f => f.Header)], GoodsLine);
        foreach (var (kind, bytes) in goods)
        {
            var response = await client.UploadAsync(id, "ImportGoods", "file", bytes, "goods.xlsx");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind}: {await response.Content.ReadAsStringAsync(Ct)}");
        }

        foreach (var (kind, bytes) in HostileWorkbooks.Valid(AttachmentTemplate.Headers, AttachmentLine))
        {
            var response = await client.UploadAsync(id, "UploadAttachment", "attachment", bytes, "节目清单.xlsx");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.True((await client.GetPageAsync(id)).Contains("上传成功", StringComparison.Ordinal), kind);
        }

        // Two lines per workbook (the blank row between them is skipped), each line as written.
        var saved = await factory.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).ToListAsync());
        Assert.Equal(goods.Count * 2, saved.Count);
        Assert.All(saved, g => Assert.Equal(("交响曲 1", 11, 12.35m, "010"), (g.Title, g.Quantity, g.UnitPrice, g.UnitCode)));
        Assert.Equal(goods.Count, await factory.WithDbAsync(db => db.Set<PermitAttachment>().CountAsync(a => a.PermitApplicationId == id)));
    }

    [Fact]
    public async Task An_attachment_with_a_formula_is_refused()
    {
        var (client, id) = await NewDraftAsync();
        var formula = new HandWrittenXlsx { ExtraRows = "<row r=\"3\"><c r=\"A3\"><f>HYPERLINK(\"http://example.invalid\",\"x\")</f><v>0</v></c></row>" }
            .Build([AttachmentTemplate.Headers, AttachmentLine]);

        await client.UploadAsync(id, "UploadAttachment", "attachment", formula, "节目清单.xlsx");

        Assert.Contains("附件含有公式（如单元格 A3）", await client.GetPageAsync(id), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<PermitAttachment>().CountAsync(a => a.PermitApplicationId == id)));
    }
}
