using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;

namespace PermitCms.Permits.Validation;

/// <summary>
/// What an application still lacks before it may be submitted. 暂存 shows the basic-field part as a hint;
/// the workflow guard "permit.complete" refuses 申报 with the whole list.
/// </summary>
public sealed class PermitCompleteness(PermitCmsDbContext db)
{
    /// <summary>The empty required basic fields, in the order of the form.</summary>
    public static List<string> MissingBasicFields(PermitApplication permit)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(permit.ApprovalFormNo))
        {
            missing.Add("批准单编号未填写");
        }

        if (string.IsNullOrWhiteSpace(permit.PortCode))
        {
            missing.Add("入境口岸未填写");
        }

        if (string.IsNullOrWhiteSpace(permit.ContactName))
        {
            missing.Add("进口单位联系人未填写");
        }

        if (string.IsNullOrWhiteSpace(permit.ContactPhone))
        {
            missing.Add("联系电话未填写");
        }

        return missing;
    }

    /// <summary>Everything that stands in the way of 申报, in Chinese, for the user.</summary>
    public async Task<List<string>> CheckAsync(PermitApplication permit, CancellationToken cancellationToken)
    {
        var problems = MissingBasicFields(permit);

        // The back-filled registration data must itself be sound to be declared.
        if (string.IsNullOrWhiteSpace(permit.ImporterName))
        {
            problems.Add("进口单位名称为空，请联系管理员完善企业信息");
        }

        if (!CreditCode.IsValid(permit.CreditCode))
        {
            problems.Add($"统一社会信用代码“{permit.CreditCode}”校验不通过，请联系管理员更正企业信息");
        }

        if (permit.CustomsCode.Length != 10)
        {
            problems.Add("海关编码应为10位，请联系管理员更正企业信息");
        }

        if (!string.IsNullOrWhiteSpace(permit.ApprovalFormNo) && await ApprovalFormNoTakenAsync(permit.Id, permit.ApprovalFormNo, cancellationToken))
        {
            problems.Add(Applications.PermitMessages.ApprovalFormNoTaken(permit.ApprovalFormNo));
        }

        if (!await db.Set<PermitGoods>().AnyAsync(g => g.PermitApplicationId == permit.Id, cancellationToken))
        {
            problems.Add("至少需要一条商品信息");
        }

        if (!await db.Set<PermitAttachment>().AnyAsync(a => a.PermitApplicationId == permit.Id, cancellationToken))
        {
            problems.Add("至少需要上传一个附件");
        }

        return problems;
    }

    /// <summary>Whether another application that is pending review or approved holds this approval form number.</summary>
    public Task<bool> ApprovalFormNoTakenAsync(int permitId, string approvalFormNo, CancellationToken cancellationToken)
        => db.Set<PermitApplication>().AnyAsync(
            p => p.Id != permitId && p.ApprovalFormNo == approvalFormNo && PermitStates.Taken.Contains(p.WorkflowState),
            cancellationToken);
}
