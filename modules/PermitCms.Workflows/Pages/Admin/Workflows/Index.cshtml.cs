using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Workflows.Pages.Admin.Workflows;

/// <summary>流程配置: every definition with its versions; a draft is created here from the published version.</summary>
public sealed class IndexModel(PermitCmsDbContext db, WorkflowDefinitionManager manager) : PageModel
{
    public IReadOnlyList<WorkflowDefinition> Definitions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Definitions = await db.Set<WorkflowDefinition>().AsNoTracking()
            .Include(d => d.Versions.OrderByDescending(v => v.VersionNumber))
            .OrderBy(d => d.Name)
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateDraftAsync(int definitionId, CancellationToken cancellationToken)
    {
        var (draft, error) = await manager.CreateDraftAsync(definitionId, User, cancellationToken);
        if (draft is null)
        {
            TempData["Error"] = error;
            return RedirectToPage();
        }

        TempData["Success"] = $"已创建草稿第 {draft.VersionNumber} 版，修改后请校验并发布。";
        return RedirectToPage("Version", new { id = draft.Id });
    }
}
