namespace PermitCms.Permits.Data;

/// <summary>商品信息: one line of goods. Every field is required (DESIGN.md); rules in Goods/GoodsRules.cs.</summary>
public sealed class PermitGoods
{
    public int Id { get; set; }

    public int PermitApplicationId { get; set; }

    /// <summary>序号, 1-based, assigned by the system in the order lines were added.</summary>
    public int LineNo { get; set; }

    /// <summary>节目名称.</summary>
    public string Title { get; set; } = "";

    /// <summary>原名.</summary>
    public string OriginalTitle { get; set; } = "";

    /// <summary>商品编码: 10 digits from the HS 8523 code list.</summary>
    public string HsCode { get; set; } = "";

    /// <summary>载体: carrier code (CD, DVD …).</summary>
    public string CarrierCode { get; set; } = "";

    /// <summary>出版/制作单位.</summary>
    public string Publisher { get; set; } = "";

    /// <summary>原产国(地区): ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; set; } = "";

    /// <summary>语种: ISO 639-1.</summary>
    public string LanguageCode { get; set; } = "";

    public int Quantity { get; set; }

    /// <summary>计量单位: 3-digit customs unit code.</summary>
    public string UnitCode { get; set; } = "";

    public decimal UnitPrice { get; set; }

    /// <summary>总价 = 数量 × 单价, rounded to two decimals on the server.</summary>
    public decimal TotalPrice { get; set; }

    /// <summary>币制: ISO 4217.</summary>
    public string CurrencyCode { get; set; } = "";
}
