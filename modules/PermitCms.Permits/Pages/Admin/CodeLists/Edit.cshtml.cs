using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;

namespace PermitCms.Permits.Pages.Admin.CodeLists;

/// <summary>Add a value to a code list or correct one. The code of an existing value is fixed: data refers to it.</summary>
public sealed class EditModel(PermitCmsDbContext db, IAuditLog audit, CodeListService codeLists) : PageModel
{
    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public bool IsNew => Input.Id == 0;

    public async Task<IActionResult> OnGetAsync(int? id, string? list, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            Input.ListName = list is not null && CodeListTitles.All.ContainsKey(list) ? list : CodeListNames.CustomsDistrict;
            return Page();
        }

        var item = await db.Set<CodeListItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Input = new ItemInput
        {
            Id = item.Id, ListName = item.ListName, Code = item.Code, NameZh = item.NameZh, NameEn = item.NameEn,
            Source = item.Source, IsActive = item.IsActive, IsUnconfirmed = item.IsUnconfirmed,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var item = IsNew ? null : await db.Set<CodeListItem>().SingleOrDefaultAsync(i => i.Id == Input.Id, cancellationToken);
        if (!IsNew && item is null)
        {
            return NotFound();
        }

        var list = item?.ListName ?? Input.ListName;
        var code = item?.Code ?? Input.Code.Trim();
        if (!CodeListTitles.All.ContainsKey(list))
        {
            ModelState.AddModelError("Input.ListName", "请选择有效的代码表。");
        }

        if (IsNew && await db.Set<CodeListItem>().AnyAsync(i => i.ListName == list && i.Code == code, cancellationToken))
        {
            ModelState.AddModelError("Input.Code", $"代码 {code} 在该代码表中已存在。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (item is null)
        {
            var order = await db.Set<CodeListItem>().Where(i => i.ListName == list).MaxAsync(i => (int?)i.SortOrder, cancellationToken) ?? 0;
            item = db.Add(new CodeListItem { ListName = list, Code = code, SortOrder = order + 1 }).Entity;
        }

        item.NameZh = Input.NameZh?.Trim() ?? "";
        item.NameEn = Input.NameEn?.Trim() ?? "";
        item.Source = Input.Source?.Trim() ?? "";
        item.IsActive = Input.IsActive;
        item.IsUnconfirmed = Input.IsUnconfirmed;
        audit.Record(AuditKinds.CodeListChanged,
            $"{(IsNew ? "新增" : "修改")}：{CodeListTitles.All[list]} {item.Code} {item.NameZh}（{(item.IsActive ? "启用" : "停用")}）");
        item.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        codeLists.Changed();
        TempData["Success"] = $"代码“{item.Code} {item.DisplayName}”已保存。";
        return RedirectToPage("Index", new { list });
    }

    public sealed class ItemInput : IValidatableObject
    {
        public int Id { get; set; }

        [Display(Name = "代码表")]
        public string ListName { get; set; } = "";

        [Required(ErrorMessage = "请填写代码")]
        [RegularExpression("^[0-9A-Za-z]{1,10}$", ErrorMessage = "代码只能是 1–10 位字母或数字")]
        [Display(Name = "代码")]
        public string Code { get; set; } = "";

        [StringLength(100, ErrorMessage = "中文名称不能超过 {1} 个字符")]
        [Display(Name = "中文名称")]
        public string? NameZh { get; set; }

        [StringLength(200, ErrorMessage = "英文名称不能超过 {1} 个字符")]
        [Display(Name = "英文名称")]
        public string? NameEn { get; set; }

        [StringLength(100, ErrorMessage = "来源不能超过 {1} 个字符")]
        [Display(Name = "来源")]
        public string? Source { get; set; }

        [Display(Name = "启用")]
        public bool IsActive { get; set; } = true;

        [Display(Name = "待确认（仅一个来源）")]
        public bool IsUnconfirmed { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (string.IsNullOrWhiteSpace(NameZh) && string.IsNullOrWhiteSpace(NameEn))
            {
                yield return new ValidationResult("中文名称和英文名称至少填写一项。", [nameof(NameZh)]);
            }
        }
    }
}
