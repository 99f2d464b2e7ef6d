namespace PermitCms.Permits.Pages.Admin.CodeLists;

/// <summary>Chinese titles of the code lists for the administrator's pages.</summary>
public static class CodeListTitles
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [PermitCms.Permits.CodeLists.CodeListNames.CustomsDistrict] = "关区（入境口岸）",
        [PermitCms.Permits.CodeLists.CodeListNames.HsCode] = "商品编码（85.23）",
        [PermitCms.Permits.CodeLists.CodeListNames.Carrier] = "载体",
        [PermitCms.Permits.CodeLists.CodeListNames.Country] = "国家（地区）",
        [PermitCms.Permits.CodeLists.CodeListNames.Language] = "语种",
        [PermitCms.Permits.CodeLists.CodeListNames.Unit] = "计量单位",
        [PermitCms.Permits.CodeLists.CodeListNames.Currency] = "币制",
    };
}
