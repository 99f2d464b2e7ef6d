using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using PermitCms.Permits.Goods;

namespace PermitCms.Permits.Api;

/// <summary>One goods line as the API takes it; numbers may be sent as JSON numbers or strings, the rules are the dialog's.</summary>
[Description("One goods line (商品信息); every field is required.")]
public sealed record PermitApiGoods(
    [property: Description("节目名称: title.")] string? Title,
    [property: Description("原名: original title.")] string? OriginalTitle,
    [property: Description("商品编码: 10-digit HS code of heading 85.23 from the code list.")] string? HsCode,
    [property: Description("载体: carrier code (CD, DVD, BD, LP, MC, OTHER).")] string? CarrierCode,
    [property: Description("出版/制作单位: publisher.")] string? Publisher,
    [property: Description("原产国(地区): ISO 3166 alpha-2 country code.")] string? CountryCode,
    [property: Description("语种: ISO 639 language code.")] string? LanguageCode,
    [property: Description("数量: a positive integer.")] JsonElement? Quantity,
    [property: Description("计量单位: customs unit code (e.g. 010).")] string? UnitCode,
    [property: Description("单价: unit price, at most two decimals; 总价 = 数量 × 单价 is computed.")] JsonElement? UnitPrice,
    [property: Description("币制: ISO 4217 currency code.")] string? CurrencyCode)
{
    public GoodsInput ToInput() => new()
    {
        Title = Title, OriginalTitle = OriginalTitle, HsCode = HsCode, CarrierCode = CarrierCode, Publisher = Publisher,
        CountryCode = CountryCode, LanguageCode = LanguageCode, Quantity = Text(Quantity), UnitCode = UnitCode,
        UnitPrice = Text(UnitPrice), CurrencyCode = CurrencyCode,
    };

    /// <summary>A number or a string as the dialog's text, so that the dialog's rules and messages decide.</summary>
    private static string? Text(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.Number => value.Value.GetRawText(),
        JsonValueKind.String => value.Value.GetString(),
        null or JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.Value.GetRawText(),
    };

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
