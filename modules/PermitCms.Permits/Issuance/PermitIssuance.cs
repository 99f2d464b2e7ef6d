using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PermitCms.Core.Data;
using PermitCms.Permits.Applications;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;

namespace PermitCms.Permits.Issuance;

/// <summary>
/// Issues the 电子批准单: on the first download of an approved application it gets its verification token and
/// 批准日期 (the time of its entry into 审核通过), then every download renders the same content.
/// </summary>
internal sealed class PermitIssuance(
    PermitCmsDbContext db, PermitAccess access, CodeListService codeLists,
    IOptions<IssuanceOptions> options, PermitIssueStamp stamp, CertificatePdf pdf) : IPermitCertificates
{
    public async Task<PermitFile?> GetOwnAsync(int id, ClaimsPrincipal user, string requestBaseUrl, CancellationToken cancellationToken)
        => await access.FindOwnAsync(id, user, cancellationToken) is { } permit ? await RenderAsync(permit, requestBaseUrl, cancellationToken) : null;

    public async Task<PermitFile?> GetAnyAsync(int id, string requestBaseUrl, CancellationToken cancellationToken)
        => await db.Set<PermitApplication>().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) is { } permit
            ? await RenderAsync(permit, requestBaseUrl, cancellationToken)
            : null;

    public string VerificationUrl(string token, string requestBaseUrl) => options.Value.VerificationUrl(token, requestBaseUrl);

    public DateTime ValidUntil(DateTime approvedAt) => approvedAt.AddMonths(options.Value.ValidityMonths);

    private async Task<PermitFile?> RenderAsync(PermitApplication permit, string requestBaseUrl, CancellationToken ct)
    {
        if (!PermitStates.Issued.Contains(permit.WorkflowState))
        {
            return null;
        }

        pdf.EnsureFonts();
        await stamp.EnsureAsync(permit, ct);
        var codes = await codeLists.GetAsync(ct);
        var goods = await db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == permit.Id).OrderBy(g => g.LineNo).ToListAsync(ct);
        var lines = goods.Select(g => new CertificateLine(
            g.LineNo, g.Title, g.OriginalTitle, g.HsCode, codes.Name(CodeListNames.Carrier, g.CarrierCode), codes.Name(CodeListNames.Country, g.CountryCode),
            g.Quantity, codes.Name(CodeListNames.Unit, g.UnitCode), g.UnitPrice, g.TotalPrice, g.CurrencyCode)).ToList();
        var approvedAt = permit.ApprovedAt!.Value;
        var certificate = new PermitCertificate(
            permit.ApprovalFormNo ?? "", permit.ApplicationNo, permit.ImporterName, permit.CreditCode, permit.CustomsCode, permit.Address,
            codes.Name(CodeListNames.CustomsDistrict, permit.PortCode), approvedAt, ValidUntil(approvedAt), permit.ReviewerName ?? "",
            VerificationUrl(permit.VerificationToken!, requestBaseUrl), lines);
        return new PermitFile(certificate.FileName, "application/pdf", pdf.Render(certificate));
    }
}
