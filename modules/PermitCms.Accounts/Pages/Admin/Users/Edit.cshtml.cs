using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Services;
using PermitCms.Core.Accounts;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;
using PermitCms.Core.Security;

namespace PermitCms.Accounts.Pages.Admin.Users;

/// <summary>Create or change a user: one role; an enterprise user belongs to exactly one enterprise, staff to none.</summary>
[Authorize(Policy = AccountsPermissions.ManageUsersPolicy)]
public sealed class EditModel(PermitCmsDbContext db, UserManager<AppUser> users, IAuditLog audit) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string> RoleNames = new Dictionary<string, string>
    {
        [Roles.Enterprise] = "企业用户",
        [Roles.Reviewer] = "审批人员",
        [Roles.Administrator] = "管理员",
        [Roles.Customs] = "海关用户",
    };

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public bool IsNew => string.IsNullOrEmpty(Input.Id);

    public IReadOnlyList<SelectListItem> Enterprises { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? id, int? enterpriseId, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return NotFound();
            }

            Input = new UserInput
            {
                Id = user.Id, UserName = user.UserName!, DisplayName = user.DisplayName, EnterpriseId = user.EnterpriseId,
                Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Enterprise,
            };
        }
        else
        {
            Input.EnterpriseId = enterpriseId;
        }

        await LoadEnterprisesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.UserName = Input.UserName.Trim();
        if (!RoleNames.ContainsKey(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "请选择有效的角色。");
        }

        if (Input.Role == Roles.Enterprise && (Input.EnterpriseId is null || !await db.Enterprises.AnyAsync(e => e.Id == Input.EnterpriseId, cancellationToken)))
        {
            ModelState.AddModelError("Input.EnterpriseId", "企业用户必须属于一个企业。");
        }

        if (IsNew && string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "请设置初始密码。");
        }

        var user = IsNew ? new AppUser() : await users.FindByIdAsync(Input.Id!);
        if (user is null)
        {
            return NotFound();
        }

        if (!IsNew && user.Id == User.GetUserId() && Input.Role != Roles.Administrator)
        {
            ModelState.AddModelError("Input.Role", "不能取消自己的管理员角色。");
        }

        if (!ModelState.IsValid)
        {
            await LoadEnterprisesAsync(cancellationToken);
            return Page();
        }

        user.UserName = Input.UserName;
        user.DisplayName = Input.DisplayName.Trim();
        user.EnterpriseId = Input.Role == Roles.Enterprise ? Input.EnterpriseId : null;

        // Identity's own writes are several SaveChanges: one transaction keeps a failed step from leaving half a user.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        audit.Record(IsNew ? AuditKinds.UserCreated : AuditKinds.UserChanged,
            $"用户：{user.UserName}；姓名：{user.DisplayName}；角色：{RoleNames[Input.Role]}" + (user.EnterpriseId is { } e ? $"；企业编号：{e}" : ""));
        var result = IsNew ? await users.CreateAsync(user, Input.Password!) : await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            var current = await users.GetRolesAsync(user);
            result = await users.RemoveFromRolesAsync(user, current.Where(r => r != Input.Role));
            if (result.Succeeded && !current.Contains(Input.Role))
            {
                result = await users.AddToRoleAsync(user, Input.Role);
            }
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, IdentityErrorMessages.Describe(error));
            }

            await LoadEnterprisesAsync(cancellationToken);
            return Page();
        }

        await users.UpdateSecurityStampAsync(user); // a changed role or enterprise takes effect at once
        await transaction.CommitAsync(cancellationToken);
        TempData["Success"] = $"用户“{user.UserName}”已保存。";
        return RedirectToPage("Index");
    }

    private async Task LoadEnterprisesAsync(CancellationToken cancellationToken)
        => Enterprises = await db.Enterprises.AsNoTracking().OrderBy(e => e.Name)
            .Select(e => new SelectListItem(e.Name, e.Id.ToString())).ToListAsync(cancellationToken);

    public sealed class UserInput
    {
        public string? Id { get; set; }

        [Required(ErrorMessage = "请填写用户名")]
        [StringLength(64, ErrorMessage = "用户名不能超过 {1} 个字符")]
        [Display(Name = "用户名")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写姓名")]
        [StringLength(AppUser.DisplayNameMaxLength, ErrorMessage = "姓名不能超过 {1} 个字符")]
        [Display(Name = "姓名")]
        public string DisplayName { get; set; } = "";

        [Display(Name = "角色")]
        public string Role { get; set; } = Roles.Enterprise;

        [Display(Name = "所属企业")]
        public int? EnterpriseId { get; set; }

        [StringLength(128)]
        [DataType(DataType.Password)]
        [Display(Name = "初始密码")]
        public string? Password { get; set; }
    }
}
