using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Services;
using PermitCms.Core.Accounts;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Pages.Account;

/// <summary>修改密码 for every signed-in user; the only page open while an administrator's reset is pending.</summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IAuditLog audit, PermitCmsDbContext db) : PageModel
{
    public const string Changed = "密码已修改，请牢记新密码。";
    public const string MustChange = "管理员已重置您的密码，请先设置新密码后再继续使用。";
    public const string SameAsOld = "新密码不能与当前密码相同。";

    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public bool IsForced => User.HasClaim(c => c.Type == ForcedPasswordChangeFilter.Claim);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.NewPassword == Input.CurrentPassword && Input.NewPassword.Length > 0)
        {
            ModelState.AddModelError("Input.NewPassword", SameAsOld);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // Flag and audit entry ride on Identity's own save of the new hash: all of it or none.
        user.MustChangePassword = false;
        var entry = audit.Record(AuditKinds.PasswordChanged, $"用户：{user.UserName}");
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            db.Entry(entry).State = EntityState.Detached;
            await db.Entry(user).ReloadAsync();
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword", IdentityErrorMessages.Describe(error));
            }

            return Page();
        }

        // A new cookie: without the forced-change mark, and valid against the new security stamp.
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = Changed;
        return RedirectToPage();
    }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "请输入当前密码")]
        [StringLength(128)]
        [DataType(DataType.Password)]
        [Display(Name = "当前密码")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "请输入新密码")]
        [StringLength(128, MinimumLength = 8, ErrorMessage = "新密码为 8 至 128 位")]
        [DataType(DataType.Password)]
        [Display(Name = "新密码")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "请再次输入新密码")]
        [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致")]
        [DataType(DataType.Password)]
        [Display(Name = "确认新密码")]
        public string ConfirmPassword { get; set; } = "";
    }
}
