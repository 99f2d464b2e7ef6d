namespace PermitCms.Permits.Goods;

/// <summary>A goods field: its property name (form key) and the Chinese column header users see.</summary>
public sealed record GoodsField(string Key, string Header)
{
    public static readonly GoodsField Title = new(nameof(GoodsInput.Title), "节目名称");
    public static readonly GoodsField OriginalTitle = new(nameof(GoodsInput.OriginalTitle), "原名");
    public static readonly GoodsField HsCode = new(nameof(GoodsInput.HsCode), "商品编码");
    public static readonly GoodsField Carrier = new(nameof(GoodsInput.CarrierCode), "载体");
    public static readonly GoodsField Publisher = new(nameof(GoodsInput.Publisher), "出版/制作单位");
    public static readonly GoodsField Country = new(nameof(GoodsInput.CountryCode), "原产国(地区)");
    public static readonly GoodsField Language = new(nameof(GoodsInput.LanguageCode), "语种");
    public static readonly GoodsField Quantity = new(nameof(GoodsInput.Quantity), "数量");
    public static readonly GoodsField Unit = new(nameof(GoodsInput.UnitCode), "计量单位");
    public static readonly GoodsField UnitPrice = new(nameof(GoodsInput.UnitPrice), "单价");
    public static readonly GoodsField Currency = new(nameof(GoodsInput.CurrencyCode), "币制");

    /// <summary>In the order of the dialog and of the workbook's columns. 总价 is computed, never entered.</summary>
    public static readonly IReadOnlyList<GoodsField> All =
        [Title, OriginalTitle, HsCode, Carrier, Publisher, Country, Language, Quantity, Unit, UnitPrice, Currency];
}
