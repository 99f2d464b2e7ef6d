using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Permits.Data;
using PermitCms.Permits.Goods;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Excel;

/// <summary>
/// Numbers as a spreadsheet stores them (no type, t="n", an exponent, trailing zeros) import as Excel shows them,
/// a cell holding both a &lt;v&gt; and an &lt;is&gt; takes its &lt;v&gt; (it used to hang the reader), and a text
/// value with an emoji where the reader's buffer ends is read whole.
/// </summary>
public sealed class CellValueImportTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task Numeric_cells_import_as_written_and_a_value_beside_an_inline_string_wins()
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(factory);
        var client = await PermitClient.SignInAsync(factory, user, PermitTestData.Password);
        var id = await client.SaveDraftAsync();
        string?[] header = [.. GoodsField.All.Select(f => f.Header)];
        (string Quantity, string Price)[] numbers = [("<v>7</v><is><t>9</t></is>", "<v>19.999</v>"), ("<v>12</v>", "<v>0.0005</v>"), ("<v>3</v>", "<v>1.5E1</v>"), ("<v>2</v>", "<v>2.50</v>")];
        var rows = string.Concat(numbers.Select((n, i) => Row(i + 2, n.Quantity, n.Price)));

        var workbook = new HandWrittenXlsx { ExtraRows = rows }.Build([header]);
        var response = await client.UploadAsync(id, "ImportGoods", "file", workbook, "goods.xlsx");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var saved = await factory.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).OrderBy(g => g.LineNo).ToListAsync());
        Assert.Equal([(7, 19.999m), (12, 0.0005m), (3, 15m), (2, 2.5m)], saved.Select(g => (g.Quantity, g.UnitPrice)));
        Assert.Equal(LongTitle, saved[0].Title);
    }

    /// <summary>63 characters, then an emoji across the reader's first 64-character buffer.</summary>
    private static readonly string LongTitle = new string('交', 63) + "🎵";

    /// <summary>A valid goods row with inline strings, 数量 and 单价 as raw cell content.</summary>
    private static string Row(int r, string quantity, string price)
    {
        var line = PermitTestData.GoodsRow();
        var cells = GoodsField.All.Select((f, c) =>
        {
            var reference = $"{HandWrittenXlsx.Column(c + 1)}{r}";
            return f == GoodsField.Title && r == 2 ? $"<c r=\"{reference}\" t=\"str\"><v>{LongTitle}</v></c>"
                : f == GoodsField.Quantity ? $"<c r=\"{reference}\" t=\"n\">{quantity}</c>"
                : f == GoodsField.UnitPrice ? $"<c r=\"{reference}\">{price}</c>"
                : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(Convert.ToString(line[f.Header], System.Globalization.CultureInfo.InvariantCulture))}</t></is></c>";
        });
        return $"<row r=\"{r}\">{string.Concat(cells)}</row>";
    }
}
