using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("An issued permit as customs see it (联网核查): its essentials, status, goods lines with approved, used and remaining quantities, and every recorded use.")]
public sealed record CustomsApiPermit(
    [property: Description("批准单编号.")] string ApprovalFormNo,
    [property: Description("申请单号.")] string ApplicationNo,
    [property: Description("进口单位名称.")] string ImporterName,
    [property: Description("进口单位统一社会信用代码.")] string CreditCode,
    [property: Description("入境口岸 (code and name).")] string Port,
    [property: Description("批准日期 (UTC): when the application entered 审核通过.")] DateTime ApprovedAt,
    [property: Description("有效期至 (UTC).")] DateTime ValidUntil,
    [property: Description("Status code: Valid, WrittenOff, Revoked or Expired. Only a Valid permit accepts uses.")] string Status,
    [property: Description("Status in Chinese: 有效, 已核销, 已撤销 or 已过期.")] string StatusName,
    [property: Description("Goods lines by 序号.")] IReadOnlyList<CustomsApiLine> Lines,
    [property: Description("Recorded uses (核销), oldest first.")] IReadOnlyList<CustomsApiUse> Uses,
    [property: Description("What happened, in Chinese (e.g. 已记录第 1 次核销。).")] string Message);
