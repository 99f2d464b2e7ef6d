namespace PermitCms.Permits.Api;

/// <summary>The examples the OpenAPI document shows for 联网核查 and 核销 (as a customs officer would record a use).</summary>
internal static class CustomsApiExamples
{
    private static readonly DateTime Approved = new(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);

    public static readonly CustomsApiUseBody Use = new("91110000100000000X", "531620260000012345", [new CustomsApiUseLine(1, 40)]);

    public static readonly CustomsApiPermit Lookup = Permit(0, [], "批准单 PZ-2026-000123 当前状态：有效。");

    public static readonly CustomsApiPermit Used = Permit(40,
        [new CustomsApiUse(1, Approved.AddDays(3), "海关关员李四", "531620260000012345", [new CustomsApiUseLine(1, 40)])],
        "已记录第 1 次核销。");

    private static CustomsApiPermit Permit(int used, IReadOnlyList<CustomsApiUse> uses, string message) => new(
        "PZ-2026-000123", "YX20261201000001", "华音文化进出口有限公司", "91110000100000000X", "0100 北京关区",
        Approved, Approved.AddMonths(6), "Valid", "有效",
        [new CustomsApiLine(1, "贝多芬第九交响曲", "8523499020", "张", 100, used, 100 - used)], uses, message);
}
