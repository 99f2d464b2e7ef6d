using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Workflows.Pages.Admin.Workflows;

/// <summary>Adds a state to a draft, or edits one (renaming its code renames it in the transitions too).</summary>
public sealed class StateModel(PermitCmsDbContext db, WorkflowDefinitionManager manager) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int VersionId { get; set; }

    /// <summary>The state being edited; empty when adding.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public StateInput Input { get; set; } = new();

    [BindProperty]
    public TimeLimitInput Limit { get; set; } = new();

    [BindProperty]
    public int Revision { get; set; }

    public string VersionTitle { get; private set; } = "";

    /// <summary>The transitions that leave the state being edited: the choices of 超期后自动执行.</summary>
    public IReadOnlyList<WorkflowTransitionDefinition> Outgoing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await LoadAsync(cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Code))
        {
            if (document.FindState(Code) is not { } state)
            {
                return NotFound();
            }

            Input = new StateInput
            {
                Code = state.Code, NameZh = state.NameZh, NameEn = state.NameEn, OwnerCanEdit = state.OwnerCanEdit,
                Listed = state.Listed, IsFinal = state.IsFinal, IsInitial = state.IsInitial,
            };
            Limit = TimeLimitInput.From(state.TimeLimit);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var loadedRevision = Revision;
        var document = await LoadAsync(cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        Input.Code = Input.Code?.Trim() ?? "";
        Input.NameZh = Input.NameZh?.Trim() ?? "";
        Input.NameEn = Input.NameEn?.Trim() ?? "";
        var existing = string.IsNullOrEmpty(Code) ? null : document.FindState(Code);
        if (!string.IsNullOrEmpty(Code) && existing is null)
        {
            return NotFound();
        }

        if (!WorkflowValidator.IsCode(Input.Code))
        {
            ModelState.AddModelError("Input.Code", "代码须以字母开头，只含字母、数字、_ . -，不超过 50 个字符。");
        }
        else if (Input.Code != Code && document.FindState(Input.Code) is not null)
        {
            ModelState.AddModelError("Input.Code", $"代码「{Input.Code}」已被其他状态使用。");
        }

        Limit.Validate(ModelState, nameof(Limit), Input.IsFinal, Outgoing.Select(t => t.Trigger).ToList());
        if (!ModelState.IsValid)
        {
            Revision = loadedRevision;
            return Page();
        }

        var state = existing ?? new WorkflowStateDefinition();
        if (existing is null)
        {
            document.States.Add(state);
        }
        else if (existing.Code != Input.Code)
        {
            foreach (var t in document.Transitions)
            {
                t.From = t.From == existing.Code ? Input.Code : t.From;
                t.To = t.To == existing.Code ? Input.Code : t.To;
            }
        }

        if (Input.IsInitial)
        {
            // Exactly one initial state: choosing this one unsets the previous one.
            document.States.ForEach(s => s.IsInitial = false);
        }

        (state.Code, state.NameZh, state.NameEn) = (Input.Code, Input.NameZh, Input.NameEn);
        (state.OwnerCanEdit, state.Listed, state.IsFinal, state.IsInitial) = (Input.OwnerCanEdit, Input.Listed, Input.IsFinal, Input.IsInitial);
        state.TimeLimit = Limit.ToLimit();
        if (await manager.SaveDraftAsync(VersionId, loadedRevision, document, cancellationToken) is { } error)
        {
            TempData["Error"] = error;
            return RedirectToPage("Version", new { id = VersionId });
        }

        TempData["Success"] = existing is null ? $"已添加状态「{state.NameZh}」。" : $"已保存状态「{state.NameZh}」。";
        return RedirectToPage("Version", new { id = VersionId });
    }

    private async Task<WorkflowDocument?> LoadAsync(CancellationToken cancellationToken)
    {
        var version = await db.Set<WorkflowDefinitionVersion>().AsNoTracking().Include(v => v.Definition)
            .SingleOrDefaultAsync(v => v.Id == VersionId && v.Status == WorkflowVersionStatus.Draft, cancellationToken);
        if (version is null)
        {
            return null;
        }

        VersionTitle = $"{version.Definition!.Title} 第 {version.VersionNumber} 版";
        Revision = version.Revision;
        var document = version.ReadDocument();
        Outgoing = string.IsNullOrEmpty(Code) ? [] : document.TransitionsDistinct().Where(t => t.From == Code).ToList();
        return document;
    }

    public sealed class StateInput
    {
        [Required(ErrorMessage = "请填写代码。")]
        [Display(Name = "代码")]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "请填写中文名称。")]
        [StringLength(50, ErrorMessage = "中文名称不超过 50 个字。")]
        [Display(Name = "中文名称")]
        public string NameZh { get; set; } = "";

        [StringLength(100, ErrorMessage = "英文名称不超过 100 个字符。")]
        [Display(Name = "英文名称")]
        public string NameEn { get; set; } = "";

        [Display(Name = "企业可编辑申请")]
        public bool OwnerCanEdit { get; set; }

        [Display(Name = "在列表中显示")]
        public bool Listed { get; set; } = true;

        [Display(Name = "终态（不再流转）")]
        public bool IsFinal { get; set; }

        [Display(Name = "初始状态")]
        public bool IsInitial { get; set; }
    }
}
