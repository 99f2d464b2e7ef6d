namespace PermitCms.Permits.CodeLists;

/// <summary>The code lists the application uses, by the name stored in <see cref="CodeListItem.ListName"/>.</summary>
public static class CodeListNames
{
    /// <summary>入境口岸: China Customs districts (关区代码).</summary>
    public const string CustomsDistrict = "CustomsDistrict";

    /// <summary>商品编码: 10-digit tariff codes under heading 85.23.</summary>
    public const string HsCode = "HsCode";

    public const string Carrier = "Carrier";

    /// <summary>原产国(地区): ISO 3166-1 alpha-2.</summary>
    public const string Country = "Country";

    /// <summary>语种: ISO 639-1.</summary>
    public const string Language = "Language";

    /// <summary>计量单位: customs measurement units.</summary>
    public const string Unit = "Unit";

    /// <summary>币制: ISO 4217.</summary>
    public const string Currency = "Currency";

    public static readonly IReadOnlyList<string> All = [CustomsDistrict, HsCode, Carrier, Country, Language, Unit, Currency];
}
