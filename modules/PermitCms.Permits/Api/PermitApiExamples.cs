namespace PermitCms.Permits.Api;

/// <summary>The examples the OpenAPI document shows (in Chinese, as an enterprise would fill them in).</summary>
internal static class PermitApiExamples
{
    public static readonly PermitApiBasic Basic = new("PZ-2026-000123", "0100", "王小明", "010-12345678");

    public static readonly object Goods = new
    {
        title = "贝多芬第九交响曲", originalTitle = "Symphony No. 9", hsCode = "8523499020", carrierCode = "CD", publisher = "环球唱片",
        countryCode = "DE", languageCode = "de", quantity = 100, unitCode = "010", unitPrice = 12.5m, currencyCode = "EUR",
    };

    private static readonly DateTime Created = new(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc);

    public static readonly PermitApiDetails Details = new(
        42, "YX20261201000001", PermitStates.Draft, "暂存", 3, "PZ-2026-000123", "0100", "王小明", "010-12345678",
        "华音文化进出口有限公司", "91110000100000000X", "1101234567", "北京市朝阳区建国路 1 号",
        Created, Created.AddMinutes(5), null, null, [], 1, 1250m, 1, 1,
        [new PermitApiGoodsLine(7, 1, "贝多芬第九交响曲", "Symphony No. 9", "8523499020", "CD", "环球唱片", "DE", "de", 100, "010", 12.5m, 1250m, "EUR")],
        [new PermitApiAttachment(5, "节目清单.xlsx", 10240, Created.AddMinutes(4), "企业用户一")],
        [new PermitApiHistoryEntry(null, PermitStates.Draft, "create", "新增", "企业用户一", Created, null)],
        [PermitTriggers.Submit, PermitTriggers.Delete], null);

    public static readonly PermitApiListPage List = new(
        [new PermitApiListItem(42, "YX20261201000001", "PZ-2026-000123", "0100", "0100 北京关区", PermitStates.PendingReview, Created.AddHours(1), Created)],
        1, 1, 20, 1);
}
