using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Permits.CodeLists;

/// <summary>The active code lists for drop-downs and validation, from the instance's <see cref="CodeListCache"/>.</summary>
public sealed class CodeListService(PermitCmsDbContext db, CodeListCache cache)
{
    // The stamp is read on every request that shows a code list: one row by key (CodeListTotals, kept by triggers),
    // compiled so that it skips the expression-tree work of each call.
    private static readonly CompiledQueryPerModel<Func<PermitCmsDbContext, CancellationToken, Task<CodeListStamp?>>> Stamp = new(() => EF.CompileAsyncQuery(
        (PermitCmsDbContext db, CancellationToken _) => db.Set<CodeListTotals>()
            .Where(t => t.Id == CodeListTotals.SingleId)
            .Select(t => new CodeListStamp(t.Count, t.RevisionSum))
            .SingleOrDefault()));

    private CodeListSnapshot? snapshot;

    public async Task<CodeListSnapshot> GetAsync(CancellationToken cancellationToken)
        => snapshot ??= await cache.GetAsync(StampAsync, LoadAsync, cancellationToken);

    /// <summary>After saving a change to a code list: this request and the next ones read it afresh.</summary>
    public void Changed()
    {
        snapshot = null;
        cache.Invalidate();
    }

    /// <summary>Null if the totals row is missing (it never is after the migration): then nothing is cached.</summary>
    private Task<CodeListStamp?> StampAsync(CancellationToken cancellationToken) => Stamp.For(db)(db, cancellationToken);

    private async Task<CodeListSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var items = await db.Set<CodeListItem>().AsNoTracking()
            .Where(i => i.IsActive)
            .OrderBy(i => i.ListName).ThenBy(i => i.SortOrder)
            .ToListAsync(cancellationToken);
        return new CodeListSnapshot(items);
    }
}
