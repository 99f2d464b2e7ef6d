using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Display;

/// <summary>Loads a <see cref="PermitSummary"/>. The caller has already decided the user may see the application.</summary>
public sealed class PermitSummaryLoader(PermitCmsDbContext db, IWorkflowService workflow, CodeListService codeLists, GoodsTotalsCache totals)
{
    public async Task<PermitSummary> LoadAsync(PermitApplication permit, int goodsPage, CancellationToken ct)
    {
        var goods = db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == permit.Id);
        if (!totals.TryGet(permit.Id, permit.Revision, out var counted))
        {
            var all = await goods.CountAsync(ct);
            counted = (all, all == 0 ? 0 : await goods.SumAsync(g => g.TotalPrice, ct));
            totals.Set(permit.Id, permit.Revision, counted);
        }

        var (count, total) = counted;
        var page = Math.Clamp(goodsPage, 1, Math.Max(1, (count + PermitSummary.GoodsPageSize - 1) / PermitSummary.GoodsPageSize));
        var lines = await goods.OrderBy(g => g.LineNo).Skip((page - 1) * PermitSummary.GoodsPageSize).Take(PermitSummary.GoodsPageSize).ToListAsync(ct);
        var attachments = await db.Set<PermitAttachment>().AsNoTracking().Where(a => a.PermitApplicationId == permit.Id).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        var history = await workflow.GetHistoryAsync(PermitApplication.ItemType, permit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        var states = (await workflow.GetStatesAsync(PermitApplication.WorkflowName, ct)).GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.Last().NameZh);
        return new PermitSummary(permit, await codeLists.GetAsync(ct), lines, count, total, page, attachments, history, states);
    }
}
