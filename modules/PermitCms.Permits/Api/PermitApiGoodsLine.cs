using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("A stored goods line.")]
public sealed record PermitApiGoodsLine(
    [property: Description("Id of the line, used in the URLs.")] int Id,
    [property: Description("序号: line number.")] int LineNo,
    string Title, string OriginalTitle, string HsCode, string CarrierCode, string Publisher, string CountryCode, string LanguageCode,
    int Quantity, string UnitCode, decimal UnitPrice,
    [property: Description("总价 = 数量 × 单价.")] decimal TotalPrice,
    string CurrencyCode);
