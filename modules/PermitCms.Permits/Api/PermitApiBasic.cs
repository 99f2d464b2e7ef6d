using System.ComponentModel;

namespace PermitCms.Permits.Api;

/// <summary>The manual fields of 基本信息, as the API takes them; the back-filled ones come from the enterprise's registration.</summary>
[Description("Manual fields of the basic information (基本信息). All may be empty in a draft; all are required to submit.")]
public sealed record PermitApiBasic(
    [property: Description("批准单编号: the number of the paper approval form, at most 50 characters, not shared with another pending or approved application.")] string? ApprovalFormNo,
    [property: Description("入境口岸: port of entry, a code of the customs-district code list (e.g. 0100).")] string? PortCode,
    [property: Description("进口单位联系人: contact person, at most 50 characters.")] string? ContactName,
    [property: Description("联系电话: phone, 5–30 digits, spaces and + - ( ) 转.")] string? ContactPhone)
{
    public Applications.BasicInput ToInput() => new() { ApprovalFormNo = ApprovalFormNo, PortCode = PortCode, ContactName = ContactName, ContactPhone = ContactPhone };
}
