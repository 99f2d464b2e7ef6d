using System.Text.RegularExpressions;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;

namespace PermitCms.Permits.Applications;

/// <summary>
/// The manual fields of 基本信息 — the only basic fields a post may set. The back-filled ones are never
/// bound, so a forged post cannot change the importer's name or codes.
/// </summary>
public sealed partial class BasicInput
{
    public string? ApprovalFormNo { get; set; }

    public string? PortCode { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public static BasicInput From(PermitApplication permit) => new()
    {
        ApprovalFormNo = permit.ApprovalFormNo,
        PortCode = permit.PortCode,
        ContactName = permit.ContactName,
        ContactPhone = permit.ContactPhone,
    };

    /// <summary>
    /// Trims, checks what is filled in (empty is allowed in a draft) and, only if all is well, copies it onto
    /// the application. The errors name this class's properties.
    /// </summary>
    public List<PermitFieldError> ApplyTo(PermitApplication permit, CodeListSnapshot codes)
    {
        var errors = new List<PermitFieldError>();
        void Fail(string field, string message) => errors.Add(new PermitFieldError(field, message));

        var approvalFormNo = Clean(ApprovalFormNo);
        if (approvalFormNo?.Length > PermitApplication.ApprovalFormNoMaxLength)
        {
            Fail(nameof(ApprovalFormNo), $"批准单编号不能超过{PermitApplication.ApprovalFormNoMaxLength}个字符");
        }

        var port = Clean(PortCode);
        if (port is not null && codes.Find(CodeListNames.CustomsDistrict, port) is null)
        {
            Fail(nameof(PortCode), "入境口岸不在关区代码表中，请从列表中选择");
        }

        var contact = Clean(ContactName);
        if (contact?.Length > PermitApplication.ContactNameMaxLength)
        {
            Fail(nameof(ContactName), $"进口单位联系人不能超过{PermitApplication.ContactNameMaxLength}个字符");
        }

        var phone = Clean(ContactPhone);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            Fail(nameof(ContactPhone), "联系电话只能包含数字、空格和 + - ( ) 转，长度 5 到 30 位");
        }

        if (errors.Count == 0)
        {
            permit.ApprovalFormNo = approvalFormNo;
            permit.PortCode = port is null ? null : codes.Find(CodeListNames.CustomsDistrict, port)!.Code;
            permit.ContactName = contact;
            permit.ContactPhone = phone;
        }

        return errors;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[0-9+\-() 转]{5,30}$")]
    private static partial Regex PhonePattern();
}
