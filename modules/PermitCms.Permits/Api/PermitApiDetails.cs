using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("An application with its goods (one page), attachments, history and the actions the workflow permits now. The ETag header is its revision.")]
public sealed record PermitApiDetails(
    [property: Description("Internal id, used in the URLs.")] int Id,
    [property: Description("申请单号: the application number, assigned on the first save.")] string ApplicationNo,
    [property: Description("状态 code: Draft, PendingReview, Approved, Rejected …")] string State,
    [property: Description("状态 in Chinese, e.g. 暂存.")] string StateName,
    [property: Description("Revision; the ETag. Send it back in If-Match.")] int Revision,
    [property: Description("批准单编号.")] string? ApprovalFormNo,
    [property: Description("入境口岸 code.")] string? PortCode,
    [property: Description("进口单位联系人.")] string? ContactName,
    [property: Description("联系电话.")] string? ContactPhone,
    [property: Description("进口单位名称 (back-filled, read-only).")] string ImporterName,
    [property: Description("统一社会信用代码 (back-filled, read-only).")] string CreditCode,
    [property: Description("海关编码 (back-filled, read-only).")] string CustomsCode,
    [property: Description("地址 (back-filled, read-only).")] string Address,
    [property: Description("Created (UTC).")] DateTime CreatedAt,
    [property: Description("Last changed (UTC).")] DateTime UpdatedAt,
    [property: Description("申报日期 (UTC), set at submit.")] DateTime? DeclaredAt,
    [property: Description("审批意见: the reviewer's comment.")] string? ReviewComment,
    [property: Description("Required basic fields still empty (their Chinese labels).")] IReadOnlyList<string> MissingFields,
    [property: Description("Number of goods lines.")] int GoodsCount,
    [property: Description("Sum of 总价 over all lines.")] decimal GoodsTotal,
    [property: Description("The page of goods shown (50 a page; ?goodsPage=).")] int GoodsPage,
    [property: Description("Pages of goods.")] int GoodsPageCount,
    [property: Description("Goods lines of this page, by 序号.")] IReadOnlyList<PermitApiGoodsLine> Goods,
    [property: Description("Attachments (program lists).")] IReadOnlyList<PermitApiAttachment> Attachments,
    [property: Description("Every transition, oldest first.")] IReadOnlyList<PermitApiHistoryEntry> History,
    [property: Description("Trigger codes the workflow permits this user now (e.g. submit, withdraw, delete).")] IReadOnlyList<string> Actions,
    [property: Description("The public verification page the 电子批准单's QR code opens; null until the permit is first downloaded (GET …/certificate) or looked up by customs.")] string? VerificationUrl);
