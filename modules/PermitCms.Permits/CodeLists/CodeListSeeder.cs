using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;

namespace PermitCms.Permits.CodeLists;

/// <summary>
/// Seeds the code lists from the CSVs embedded in this assembly. Idempotent and additive: a value already in
/// the database is left alone, because administrators may have corrected it since.
/// </summary>
internal sealed class CodeListSeeder(PermitCmsDbContext db, CodeListService codeLists) : IDataSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = (await db.Set<CodeListItem>().Select(i => new { i.ListName, i.Code }).ToListAsync(cancellationToken))
            .Select(i => (i.ListName, i.Code))
            .ToHashSet();

        var missing = CodeListFiles.ReadAll().Where(i => !existing.Contains((i.ListName, i.Code))).ToList();
        if (missing.Count > 0)
        {
            db.Set<CodeListItem>().AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
            codeLists.Changed();
        }
    }
}
