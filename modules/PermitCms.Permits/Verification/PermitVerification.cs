using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Core.Security;
using PermitCms.Permits.Data;
using PermitCms.Permits.Issuance;

namespace PermitCms.Permits.Verification;

/// <summary><see cref="IPermitVerification"/>: lookups and the public view here, recording a use in <see cref="PermitUseRecorder"/>.</summary>
internal sealed class PermitVerification(PermitCmsDbContext db, PermitUsageLoader usage, PermitUseRecorder recorder) : IPermitVerification
{
    public async Task<PermitCommandResult<PermitUsage>> LookupAsync(string approvalFormNo, string creditCode, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Customs))
        {
            return PermitCommandResult.Fail<PermitUsage>(PermitCommandStatus.Forbidden, "只有海关用户可以核查批准单。");
        }

        if (await FindAsync(db, approvalFormNo, creditCode, tracked: false, cancellationToken) is not { } permit)
        {
            return PermitCommandResult.Fail<PermitUsage>(PermitCommandStatus.NotFound, NotFoundMessage(approvalFormNo, creditCode));
        }

        var result = await usage.LoadAsync(permit, cancellationToken);
        return PermitCommandResult.Ok(result, $"批准单 {result.ApprovalFormNo} 当前状态：{result.ValidityName}。");
    }

    public Task<PermitCommandResult<PermitUsage>> RecordUseAsync(PermitUseRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
        => recorder.RecordAsync(request, user, cancellationToken);

    public async Task<PermitUsage?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        if (!VerificationTokens.IsWellFormed(token))
        {
            return null;
        }

        var permit = await db.Set<PermitApplication>().AsNoTracking().SingleOrDefaultAsync(p => p.VerificationToken == token, cancellationToken);
        return permit is null ? null : await usage.LoadAsync(permit, cancellationToken);
    }

    internal static string NotFoundMessage(string approvalFormNo, string creditCode)
        => $"未找到批准单编号为“{approvalFormNo.Trim()}”且进口单位统一社会信用代码为“{creditCode.Trim()}”的批准单，请核对后重试。";

    /// <summary>
    /// The issued permit with this number and importer; else one that was issued and has since left the approved
    /// states (shown as 已撤销). Numbers are unique among pending, approved and written-off applications.
    /// </summary>
    internal static async Task<PermitApplication?> FindAsync(PermitCmsDbContext db, string approvalFormNo, string creditCode, bool tracked, CancellationToken ct)
    {
        var number = approvalFormNo.Trim();
        var code = creditCode.Trim().ToUpperInvariant();
        if (number.Length is 0 or > PermitApplication.ApprovalFormNoMaxLength || code.Length != 18)
        {
            return null;
        }

        var query = db.Set<PermitApplication>().Where(p => p.ApprovalFormNo == number && p.CreditCode == code
            && (PermitStates.Issued.Contains(p.WorkflowState) || (p.VerificationToken != null && p.WorkflowState != PermitStates.Deleted)));
        query = tracked ? query : query.AsNoTracking();
        var candidates = await query.OrderByDescending(p => p.Id).Take(5).ToListAsync(ct);
        return candidates.FirstOrDefault(p => PermitStates.Issued.Contains(p.WorkflowState)) ?? candidates.FirstOrDefault();
    }
}
