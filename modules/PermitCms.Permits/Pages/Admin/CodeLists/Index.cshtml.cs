using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;

namespace PermitCms.Permits.Pages.Admin.CodeLists;

/// <summary>代码表: one list at a time, searchable, with active and unconfirmed values marked.</summary>
public sealed class IndexModel(PermitCmsDbContext db, IAuditLog audit, CodeListService codeLists) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string List { get; set; } = CodeListNames.CustomsDistrict;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public IReadOnlyList<CodeListItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!CodeListTitles.All.ContainsKey(List))
        {
            return NotFound();
        }

        Counts = await db.Set<CodeListItem>().GroupBy(i => i.ListName).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = db.Set<CodeListItem>().AsNoTracking().Where(i => i.ListName == List);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var text = Search.Trim();
            query = query.Where(i => i.Code.Contains(text) || i.NameZh.Contains(text) || i.NameEn.Contains(text));
        }

        Items = await query.OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostToggleAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.Set<CodeListItem>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        item.IsActive = !item.IsActive;
        audit.Record(AuditKinds.CodeListChanged, $"{(item.IsActive ? "启用" : "停用")}：{CodeListTitles.All[item.ListName]} {item.Code} {item.NameZh}");
        item.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        codeLists.Changed();
        TempData["Success"] = $"“{item.Code} {item.DisplayName}”已{(item.IsActive ? "启用" : "停用")}。";
        return RedirectToPage(new { List = item.ListName, Search });
    }
}
