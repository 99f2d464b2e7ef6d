using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Issuance;

namespace PermitCms.Permits.Verification;

/// <summary>Builds <see cref="PermitUsage"/>: the permit's lines with the sums of their recorded uses, and its status now.</summary>
internal sealed class PermitUsageLoader(PermitCmsDbContext db, CodeListService codeLists, PermitIssueStamp stamp, IOptions<IssuanceOptions> options, TimeProvider time)
{
    public async Task<PermitUsage> LoadAsync(PermitApplication permit, CancellationToken ct)
    {
        await stamp.EnsureAsync(permit, ct);
        var codes = await codeLists.GetAsync(ct);
        var goods = await db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == permit.Id).OrderBy(g => g.LineNo).ToListAsync(ct);
        var uses = await db.Set<PermitUse>().AsNoTracking().Where(u => u.PermitApplicationId == permit.Id).OrderBy(u => u.UseNo).ThenBy(u => u.LineNo).ToListAsync(ct);
        var used = uses.GroupBy(u => u.PermitGoodsId).ToDictionary(g => g.Key, g => g.Sum(u => u.Quantity));
        var lines = goods.Select(g => new PermitUsageLine(g.LineNo, g.Title, g.HsCode, codes.Name(CodeListNames.Unit, g.UnitCode), g.Quantity, used.GetValueOrDefault(g.Id))).ToList();
        var records = uses.GroupBy(u => u.UseNo).Select(g => new PermitUseRecord(
            g.Key, g.First().UsedAt, g.First().UsedBy, g.First().DeclarationNo, g.ToDictionary(u => u.LineNo, u => u.Quantity))).ToList();
        var approvedAt = permit.ApprovedAt!.Value;
        var validUntil = approvedAt.AddMonths(options.Value.ValidityMonths);
        return new PermitUsage(
            permit.ApprovalFormNo ?? "", permit.ApplicationNo, permit.ImporterName, permit.CreditCode, codes.Name(CodeListNames.CustomsDistrict, permit.PortCode),
            approvedAt, validUntil, ValidityOf(permit.WorkflowState, validUntil), lines, records);
    }

    private PermitValidity ValidityOf(string state, DateTime validUntil) => state switch
    {
        PermitStates.WrittenOff => PermitValidity.WrittenOff,
        PermitStates.Approved when time.GetUtcNow().UtcDateTime > validUntil => PermitValidity.Expired,
        PermitStates.Approved => PermitValidity.Valid,
        _ => PermitValidity.Revoked,
    };
}
