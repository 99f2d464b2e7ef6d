using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;

namespace PermitCms.Permits.Display;

/// <summary>Reads 修改记录. The caller has already decided the user may see the application; nothing here writes.</summary>
public sealed class PermitChangeLog(PermitCmsDbContext db)
{
    /// <summary>The details page shows this many of the newest entries and says how many there are in all.</summary>
    public const int Shown = 100;

    /// <summary>The entries of one application, newest first, capped at <see cref="Shown"/>.</summary>
    public async Task<PermitChangeList> NewestAsync(int permitId, CancellationToken ct)
    {
        var all = db.Set<PermitChange>().AsNoTracking().Where(c => c.PermitApplicationId == permitId);
        var total = await all.CountAsync(ct);
        var shown = await all.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(Shown).ToListAsync(ct);
        return new PermitChangeList("修改记录", "change-log", shown, total, "暂无修改记录");
    }

    /// <summary>The entries after <paramref name="after"/> (the last 退回), in the order they were made.</summary>
    public async Task<PermitChangeList> SinceAsync(int permitId, DateTime after, CancellationToken ct)
    {
        var since = db.Set<PermitChange>().AsNoTracking().Where(c => c.PermitApplicationId == permitId && c.At > after);
        var total = await since.CountAsync(ct);
        var shown = await since.OrderBy(c => c.At).ThenBy(c => c.Id).Take(Shown).ToListAsync(ct);
        return new PermitChangeList("自退回以来的修改", "changes-since-return", shown, total, "自退回以来企业没有修改基本信息、商品信息或附件。");
    }
}
