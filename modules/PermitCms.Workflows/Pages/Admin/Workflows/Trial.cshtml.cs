using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Trial;

namespace PermitCms.Workflows.Pages.Admin.Workflows;

/// <summary>
/// 试运行: an administrator starts a sample item on a published workflow and fires the triggers the workflow
/// permits an administrator, to see history, notifications and webhooks at work without a real application.
/// </summary>
public sealed class TrialModel(PermitCmsDbContext db, IWorkflowService workflows) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "请填写事项名称。")]
    [StringLength(WorkflowTrialItem.TitleMaxLength, ErrorMessage = "事项名称不超过 200 个字。")]
    public string? Title { get; set; }

    [BindProperty]
    public int? EnterpriseId { get; set; }

    /// <summary>The workflow to start on; the first defined one until the administrator picks another (this module defines none itself).</summary>
    [BindProperty]
    public string Workflow { get; set; } = "";

    public IReadOnlyList<WorkflowTrialItem> Items { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Enterprises { get; private set; } = [];

    public IReadOnlyList<(string Name, string Title)> Definitions { get; private set; } = [];

    public WorkflowTrialItem? Item { get; private set; }

    public WorkflowStateInfo? State { get; private set; }

    public IReadOnlyList<WorkflowTrigger> Triggers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
        => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        Id = null;
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var item = new WorkflowTrialItem { Title = Title!.Trim(), EnterpriseId = EnterpriseId, CreatedAt = DateTime.UtcNow };
        db.Add(item);
        try
        {
            await workflows.StartAsync(item, Workflow, User, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            TempData["Error"] = ex.Message;
            return RedirectToPage();
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"已创建试运行事项「{item.Title}」。";
        return RedirectToPage(new { id = item.Id });
    }

    public async Task<IActionResult> OnPostFireAsync(string trigger, string? comment, CancellationToken cancellationToken)
    {
        var item = await db.Set<WorkflowTrialItem>().SingleOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var result = await workflows.FireAsync(item, trigger, User, comment, cancellationToken);
        TempData[result.Succeeded ? "Success" : "Error"] = result.Succeeded ? "操作成功。" : string.Join(" ", result.Errors);
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Enterprises = (await db.Enterprises.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken))
            .Select(e => (e.Id, e.Name)).ToList();
        Definitions = (await db.Set<WorkflowDefinition>().AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Name, d.Title }).ToListAsync(cancellationToken))
            .Select(d => (d.Name, d.Title)).ToList();
        if (Workflow.Length == 0 && Definitions.Count > 0)
        {
            Workflow = Definitions[0].Name;
        }

        Items = await db.Set<WorkflowTrialItem>().AsNoTracking().OrderByDescending(i => i.Id).Take(50).ToListAsync(cancellationToken);
        if (Id is null)
        {
            return true;
        }

        Item = Items.FirstOrDefault(i => i.Id == Id) ?? await db.Set<WorkflowTrialItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == Id, cancellationToken);
        if (Item is null)
        {
            return false;
        }

        State = await workflows.GetStateAsync(Item, cancellationToken);
        Triggers = await workflows.GetPermittedTriggersAsync(Item, User, cancellationToken);
        return true;
    }
}
