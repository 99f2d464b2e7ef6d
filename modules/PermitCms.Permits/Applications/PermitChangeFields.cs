using System.Globalization;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Goods;

namespace PermitCms.Permits.Applications;

/// <summary>
/// The properties whose changes 修改记录 shows, with the labels and the display values the pages use. A property
/// not listed here (revision, timestamps, workflow state, 审批意见 …) is bookkeeping and never recorded.
/// </summary>
internal static class PermitChangeFields
{
    internal sealed record Field(string Property, string Label, Func<object?, CodeListSnapshot, string?> Format);

    public static readonly IReadOnlyList<Field> Basic =
    [
        new(nameof(PermitApplication.ApprovalFormNo), "批准单编号", Text),
        new(nameof(PermitApplication.PortCode), "入境口岸", (v, c) => Coded(v, c, CodeListNames.CustomsDistrict)),
        new(nameof(PermitApplication.ContactName), "进口单位联系人", Text),
        new(nameof(PermitApplication.ContactPhone), "联系电话", Text),
        new(nameof(PermitApplication.ImporterName), "进口单位名称", Text),
        new(nameof(PermitApplication.CreditCode), "统一社会信用代码", Text),
        new(nameof(PermitApplication.CustomsCode), "海关编码", Text),
        new(nameof(PermitApplication.Address), "进口单位地址", Text),
    ];

    /// <summary>The dialog's fields in its order (<see cref="GoodsField.All"/>), then the computed 总价.</summary>
    public static readonly IReadOnlyList<Field> Goods =
    [
        .. GoodsField.All.Select(f => new Field(f.Key, f.Header, GoodsFormat(f.Key))),
        new(nameof(PermitGoods.TotalPrice), "总价", (v, _) => Money(v, "0.00")),
    ];

    /// <summary>One line in a few words, for 新增商品 and 删除商品.</summary>
    public static string Describe(PermitGoods g)
        => $"{g.Title}（{g.HsCode}，{g.Quantity} × {g.UnitPrice.ToString("0.00##", CultureInfo.InvariantCulture)} = {g.TotalPrice.ToString("0.00", CultureInfo.InvariantCulture)} {g.CurrencyCode}）";

    private static Func<object?, CodeListSnapshot, string?> GoodsFormat(string key) => key switch
    {
        nameof(PermitGoods.CarrierCode) => (v, c) => Coded(v, c, CodeListNames.Carrier),
        nameof(PermitGoods.CountryCode) => (v, c) => Coded(v, c, CodeListNames.Country),
        nameof(PermitGoods.LanguageCode) => (v, c) => Coded(v, c, CodeListNames.Language),
        nameof(PermitGoods.UnitCode) => (v, c) => Coded(v, c, CodeListNames.Unit),
        nameof(PermitGoods.UnitPrice) => (v, _) => Money(v, "0.00##"),
        _ => Text,
    };

    private static string? Text(object? value, CodeListSnapshot codes)
        => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text : null;

    private static string? Coded(object? value, CodeListSnapshot codes, string list)
        => value is string { Length: > 0 } code ? codes.Label(list, code) : null;

    private static string? Money(object? value, string format)
        => value is decimal amount ? amount.ToString(format, CultureInfo.InvariantCulture) : null;
}
