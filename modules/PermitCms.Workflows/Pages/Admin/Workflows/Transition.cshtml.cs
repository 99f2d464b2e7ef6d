using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Workflows.Pages.Admin.Workflows;

/// <summary>Adds a transition to a draft or edits one: states, roles, comment, guards and activities.</summary>
public sealed class TransitionModel(PermitCmsDbContext db, WorkflowDefinitionManager manager) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int VersionId { get; set; }

    /// <summary>Position of the transition being edited; null when adding.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Index { get; set; }

    [BindProperty]
    public TransitionInput Input { get; set; } = new() { Roles = [PermitCms.Core.Security.Roles.Enterprise] };

    [BindProperty]
    public int Revision { get; set; }

    public string VersionTitle { get; private set; } = "";

    public WorkflowDocument Document { get; private set; } = new();

    public WorkflowDefinitionManager Manager => manager;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Index is { } index)
        {
            if (index < 0 || index >= Document.Transitions.Count)
            {
                return NotFound();
            }

            Input = TransitionInput.Of(Document.Transitions[index]);
            var registered = manager.Guards.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
            Input.OtherGuards = string.Join(", ", Input.Guards.Where(g => !registered.Contains(g)));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var loadedRevision = Revision;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Index is { } i && (i < 0 || i >= Document.Transitions.Count))
        {
            return NotFound();
        }

        var registeredGuards = manager.Guards.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var transition = Index is { } index ? Document.Transitions[index] : new WorkflowTransitionDefinition();
        var candidate = new WorkflowTransitionDefinition { Activities = [.. transition.Activities] };
        Input.ApplyTo(candidate, registeredGuards);
        Check(candidate);
        if (!ModelState.IsValid)
        {
            Revision = loadedRevision;
            return Page();
        }

        Input.ApplyTo(transition, registeredGuards);
        if (Index is null)
        {
            Document.Transitions.Add(transition);
        }

        if (await manager.SaveDraftAsync(VersionId, loadedRevision, Document, cancellationToken) is { } error)
        {
            TempData["Error"] = error;
        }
        else
        {
            TempData["Success"] = Index is null ? $"已添加流转「{transition.NameZh}」。" : $"已保存流转「{transition.NameZh}」。";
        }

        return RedirectToPage("Version", new { id = VersionId });
    }

    /// <summary>What the form alone can tell; graph-wide problems are reported by 校验.</summary>
    private void Check(WorkflowTransitionDefinition t)
    {
        if (!WorkflowValidator.IsCode(t.Trigger))
        {
            ModelState.AddModelError("Input.Trigger", "触发代码须以字母开头，只含字母、数字、_ . -，不超过 50 个字符。");
        }
        else if (Document.Transitions.Where((other, i) => i != Index && other.From == t.From && other.Trigger == t.Trigger).Any())
        {
            ModelState.AddModelError("Input.Trigger", $"状态「{Document.FindState(t.From)?.NameZh ?? t.From}」下已有触发代码为「{t.Trigger}」的流转。");
        }

        if (Document.FindState(t.From) is null)
        {
            ModelState.AddModelError("Input.From", "请选择存在的起始状态。");
        }

        if (Document.FindState(t.To) is null)
        {
            ModelState.AddModelError("Input.To", "请选择存在的目标状态。");
        }

        if (t.Roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", "请至少选择一个可以执行的角色。");
        }

        if (Input.Webhook && !Webhooks.WebhookUrl.IsValid(Input.WebhookUrl?.Trim()))
        {
            ModelState.AddModelError("Input.WebhookUrl", "请填写以 http:// 或 https:// 开头的完整地址（不超过 500 个字符）。");
        }

        if (Input.Notify && !Input.NotifyOwner && Input.NotifyRoles.Count == 0)
        {
            ModelState.AddModelError("Input.Notify", "站内通知至少要有一类接收人：申请企业或某个角色。");
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var version = await db.Set<WorkflowDefinitionVersion>().AsNoTracking().Include(v => v.Definition)
            .SingleOrDefaultAsync(v => v.Id == VersionId && v.Status == WorkflowVersionStatus.Draft, cancellationToken);
        if (version is null)
        {
            return false;
        }

        VersionTitle = $"{version.Definition!.Title} 第 {version.VersionNumber} 版";
        Revision = version.Revision;
        Document = version.ReadDocument();
        return true;
    }
}
