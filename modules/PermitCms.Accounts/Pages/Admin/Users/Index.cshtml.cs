using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Pages.Admin.Users;

/// <summary>用户管理: users with role, enterprise and lock state; lock, unlock and reset password.</summary>
[Authorize(Policy = AccountsPermissions.ManageUsersPolicy)]
public sealed class IndexModel(PermitCmsDbContext db, UserManager<AppUser> users, TimeProvider time, IAuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? EnterpriseId { get; set; }

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var query = db.Users.AsNoTracking();
        if (EnterpriseId is { } enterpriseId)
        {
            query = query.Where(u => u.EnterpriseId == enterpriseId);
        }

        Users = await query
            .OrderBy(u => u.UserName)
            .Select(u => new Row(
                u.Id,
                u.UserName!,
                u.DisplayName,
                u.Enterprise != null ? u.Enterprise.Name : null,
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).FirstOrDefault(),
                u.LockoutEnd))
            .ToListAsync(cancellationToken);
        Users = Users.Select(u => u with { IsLocked = u.LockoutEnd > now }).ToList();
    }

    public async Task<IActionResult> OnPostLockAsync(string id) => await ChangeAsync(id, AuditKinds.UserLocked, async user =>
    {
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user); // ends the user's open sessions
        return $"用户“{user.UserName}”已锁定。";
    });

    public async Task<IActionResult> OnPostUnlockAsync(string id) => await ChangeAsync(id, AuditKinds.UserUnlocked, async user =>
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return $"用户“{user.UserName}”已解锁。";
    });

    public async Task<IActionResult> OnPostResetPasswordAsync(string id) => await ChangeAsync(id, AuditKinds.PasswordReset, async user =>
    {
        // The administrator knows this password: its owner must replace it at the next sign-in.
        user.MustChangePassword = true;
        // A one-time password shown once to the administrator, who hands it over.
        var password = "Pc@" + RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789", 9) + "7";
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        return result.Succeeded ? $"用户“{user.UserName}”的新密码：{password}（仅显示一次，请转告本人）" : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    });

    private async Task<IActionResult> ChangeAsync(string id, string kind, Func<AppUser, Task<string>> change)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == User.GetUserId())
        {
            TempData["Error"] = "不能对自己的账户执行该操作。";
            return RedirectToPage(new { EnterpriseId });
        }

        // Identity saves each step on its own; one transaction holds them and the audit entry, which the first step saves.
        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        audit.Record(kind, $"用户：{user.UserName}");
        TempData["Success"] = await change(user);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        return RedirectToPage(new { EnterpriseId });
    }

    public sealed record Row(string Id, string UserName, string DisplayName, string? EnterpriseName, string? Role, DateTimeOffset? LockoutEnd, bool IsLocked = false);
}
