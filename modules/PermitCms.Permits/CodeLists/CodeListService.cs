using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Permits.CodeLists;

/// <summary>Loads the active code lists once per request, for drop-downs and validation.</summary>
public sealed class CodeListService(PermitCmsDbContext db)
{
    private CodeListSnapshot? snapshot;

    public async Task<CodeListSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (snapshot is null)
        {
            var items = await db.Set<CodeListItem>().AsNoTracking()
                .Where(i => i.IsActive)
                .OrderBy(i => i.ListName).ThenBy(i => i.SortOrder)
                .ToListAsync(cancellationToken);
            snapshot = new CodeListSnapshot(items);
        }

        return snapshot;
    }
}
