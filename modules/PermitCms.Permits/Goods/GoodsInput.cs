namespace PermitCms.Permits.Goods;

/// <summary>One goods line as the user typed it (dialog or workbook row): text, checked by <see cref="GoodsRules"/>.</summary>
public sealed class GoodsInput
{
    public string? Title { get; set; }

    public string? OriginalTitle { get; set; }

    public string? HsCode { get; set; }

    public string? CarrierCode { get; set; }

    public string? Publisher { get; set; }

    public string? CountryCode { get; set; }

    public string? LanguageCode { get; set; }

    public string? Quantity { get; set; }

    public string? UnitCode { get; set; }

    public string? UnitPrice { get; set; }

    public string? CurrencyCode { get; set; }
}
