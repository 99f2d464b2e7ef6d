using System.Data;
using MiniExcelLibs;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Goods;

namespace PermitCms.Permits.Excel;

/// <summary>
/// The goods template (商品信息导入模板): the first sheet holds only the Chinese header row, ready to fill;
/// further sheets hold an example row and the allowed codes of every coded column.
/// </summary>
public static class GoodsTemplate
{
    public const string FileName = "商品信息导入模板.xlsx";
    public const string GoodsSheet = "商品信息";

    public static byte[] Build(CodeListSnapshot codes)
    {
        var header = new DataTable(GoodsSheet);
        foreach (var field in GoodsField.All)
        {
            header.Columns.Add(field.Header, typeof(string));
        }

        var sheets = new Dictionary<string, object>
        {
            [GoodsSheet] = header,
            ["填写示例"] = new[] { Example() },
            ["说明"] = Notes(),
            ["商品编码"] = Codes(codes, CodeListNames.HsCode),
            ["载体"] = Codes(codes, CodeListNames.Carrier),
            ["原产国(地区)"] = Codes(codes, CodeListNames.Country),
            ["语种"] = Codes(codes, CodeListNames.Language),
            ["计量单位"] = Codes(codes, CodeListNames.Unit),
            ["币制"] = Codes(codes, CodeListNames.Currency),
        };

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object> Example() => new()
    {
        [GoodsField.Title.Header] = "贝多芬第九交响曲",
        [GoodsField.OriginalTitle.Header] = "Symphony No. 9",
        [GoodsField.HsCode.Header] = "8523499020",
        [GoodsField.Carrier.Header] = "CD",
        [GoodsField.Publisher.Header] = "Deutsche Grammophon",
        [GoodsField.Country.Header] = "DE",
        [GoodsField.Language.Header] = "de",
        [GoodsField.Quantity.Header] = 100,
        [GoodsField.Unit.Header] = "010",
        [GoodsField.UnitPrice.Header] = 12.5m,
        [GoodsField.Currency.Header] = "EUR",
    };

    private static IEnumerable<Dictionary<string, object>> Notes() =>
    [
        new() { ["说明"] = "在第一个工作表“商品信息”中从第2行起每行填写一条商品，不要修改第1行表头。" },
        new() { ["说明"] = "所有列均为必填；序号和总价（= 数量 × 单价，保留两位小数）由系统生成。" },
        new() { ["说明"] = "商品编码、载体、原产国(地区)、语种、计量单位、币制填写后面各工作表中的代码。" },
        new() { ["说明"] = "数量为正整数；单价为大于0的数字，最多4位小数；文字列最多200个字符；不支持公式。" },
        new() { ["说明"] = "任何一行有错误时整个文件不导入，系统会列出所有错误的行、列和原因。" },
    ];

    private static IEnumerable<Dictionary<string, object>> Codes(CodeListSnapshot codes, string list)
        => codes.Items(list).Select(i => new Dictionary<string, object>
        {
            // Administrators edit the code lists: their text is neutralised like any typed text.
            ["代码"] = SpreadsheetText.Neutralise(i.Code),
            ["中文名称"] = SpreadsheetText.Neutralise(i.NameZh),
            ["英文名称"] = SpreadsheetText.Neutralise(i.NameEn),
            ["备注"] = i.IsUnconfirmed ? "待确认" : "",
        });
}
