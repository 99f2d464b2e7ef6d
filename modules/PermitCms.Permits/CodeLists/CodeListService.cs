using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Permits.CodeLists;

/// <summary>The active code lists for drop-downs and validation, from the instance's <see cref="CodeListCache"/>.</summary>
public sealed class CodeListService(PermitCmsDbContext db, CodeListCache cache)
{
    // The stamp is read on every request that shows a code list; compiled, it skips the expression-tree work of each call.
    private static readonly CompiledQueryPerModel<Func<PermitCmsDbContext, CancellationToken, Task<CodeListStamp?>>> Stamp = new(() => EF.CompileAsyncQuery(
        (PermitCmsDbContext db, CancellationToken _) => db.Set<CodeListItem>()
            .GroupBy(_ => 1)
            .Select(g => new CodeListStamp(g.Count(), g.Sum(i => (long)i.Revision)))
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

    private async Task<CodeListStamp> StampAsync(CancellationToken cancellationToken)
    {
        var stamp = await Stamp.For(db)(db, cancellationToken);
        return stamp ?? new CodeListStamp(0, 0);
    }

    private async Task<CodeListSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var items = await db.Set<CodeListItem>().AsNoTracking()
            .Where(i => i.IsActive)
            .OrderBy(i => i.ListName).ThenBy(i => i.SortOrder)
            .ToListAsync(cancellationToken);
        return new CodeListSnapshot(items);
    }
}
