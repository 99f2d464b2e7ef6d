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

    /// <summary>Sets a field by its <see cref="GoodsField.Key"/> (the workbook import maps columns to keys).</summary>
    public void Set(string key, string? value)
    {
        switch (key)
        {
            case nameof(Title): Title = value; break;
            case nameof(OriginalTitle): OriginalTitle = value; break;
            case nameof(HsCode): HsCode = value; break;
            case nameof(CarrierCode): CarrierCode = value; break;
            case nameof(Publisher): Publisher = value; break;
            case nameof(CountryCode): CountryCode = value; break;
            case nameof(LanguageCode): LanguageCode = value; break;
            case nameof(Quantity): Quantity = value; break;
            case nameof(UnitCode): UnitCode = value; break;
            case nameof(UnitPrice): UnitPrice = value; break;
            case nameof(CurrencyCode): CurrencyCode = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(key), key, "Not a goods field.");
        }
    }

    public string? Get(string key) => key switch
    {
        nameof(Title) => Title,
        nameof(OriginalTitle) => OriginalTitle,
        nameof(HsCode) => HsCode,
        nameof(CarrierCode) => CarrierCode,
        nameof(Publisher) => Publisher,
        nameof(CountryCode) => CountryCode,
        nameof(LanguageCode) => LanguageCode,
        nameof(Quantity) => Quantity,
        nameof(UnitCode) => UnitCode,
        nameof(UnitPrice) => UnitPrice,
        nameof(CurrencyCode) => CurrencyCode,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a goods field."),
    };
}
