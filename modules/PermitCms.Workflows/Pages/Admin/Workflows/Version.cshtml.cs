using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Runtime;
using Stateless.Graph;

namespace PermitCms.Workflows.Pages.Admin.Workflows;

/// <summary>One version: diagram, states and transitions; on a draft also edit, validate and publish.</summary>
public sealed class VersionModel(PermitCmsDbContext db, WorkflowDefinitionManager manager) : PageModel
{
    public WorkflowDefinitionVersion Version { get; private set; } = null!;

    public WorkflowDocument Document { get; private set; } = new();

    public string Svg { get; private set; } = "";

    public string? Dot { get; private set; }

    /// <summary>Set after 校验 or a refused publish; null when not validated in this request.</summary>
    public IReadOnlyList<WorkflowValidationMessage>? Messages { get; private set; }

    public bool IsDraft => Version.Status == WorkflowVersionStatus.Draft;

    /// <summary>The name of the transition a state's escalation fires, or its code if the draft lost it (the validator says so).</summary>
    public string TransitionName(string from, string trigger)
        => Document.Transitions.FirstOrDefault(t => t.From == from && t.Trigger == trigger)?.NameZh is { } name ? $"「{name}」" : $"「{trigger}」（流转不存在）";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostValidateAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Messages = manager.Validate(Document);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken)
    {
        var errors = await manager.PublishAsync(id, User, cancellationToken);
        if (errors.Count == 0)
        {
            TempData["Success"] = "发布成功。新事项将使用此版本，进行中的事项仍按原版本运行。";
            return RedirectToPage(new { id });
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Messages = errors;
        ViewData["PublishRefused"] = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteDraftAsync(int id, CancellationToken cancellationToken)
    {
        if (await manager.DeleteDraftAsync(id, cancellationToken) is { } error)
        {
            TempData["Error"] = error;
            return RedirectToPage(new { id });
        }

        TempData["Success"] = "草稿已删除。";
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteStateAsync(int id, int revision, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var state = Document.FindState(code);
        var used = Document.Transitions.Count(t => t.From == code || t.To == code);
        string? error = state is null ? "状态不存在。" : used > 0 ? $"状态「{state.NameZh}」被 {used} 条流转引用，请先删除或修改这些流转。" : null;
        if (error is null)
        {
            Document.States.Remove(state!);
            error = await manager.SaveDraftAsync(id, revision, Document, cancellationToken);
        }

        TempData[error is null ? "Success" : "Error"] = error ?? $"已删除状态「{state!.NameZh}」。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteTransitionAsync(int id, int revision, int index, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        string? error;
        string? name = null;
        if (index < 0 || index >= Document.Transitions.Count)
        {
            error = "流转不存在，请刷新后重试。";
        }
        else
        {
            name = Document.Transitions[index].NameZh;
            Document.Transitions.RemoveAt(index);
            error = await manager.SaveDraftAsync(id, revision, Document, cancellationToken);
        }

        TempData[error is null ? "Success" : "Error"] = error ?? $"已删除流转「{name}」。";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var version = await db.Set<WorkflowDefinitionVersion>().AsNoTracking().Include(v => v.Definition).SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (version is null)
        {
            return false;
        }

        Version = version;
        Document = version.ReadDocument();
        Svg = WorkflowDiagram.RenderSvg(Document);
        Dot = Document.InitialState is null ? null : UmlDotGraph.Format(
            WorkflowMachineFactory.CreateForGraph(new CompiledWorkflow(version.Id, version.VersionNumber, version.Definition!.Name, Document)).GetInfo());
        return true;
    }
}
