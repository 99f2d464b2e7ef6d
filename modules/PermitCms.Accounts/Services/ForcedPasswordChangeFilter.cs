using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PermitCms.Accounts.Services;

/// <summary>
/// After an administrator reset the password, the session carries <see cref="Claim"/> and every page leads to
/// 修改密码 until the user replaces the password the administrator knows.
/// </summary>
public sealed class ForcedPasswordChangeFilter : IAsyncPageFilter
{
    public const string Claim = "permitcms:must_change_password";
    public const string ChangePasswordPath = "/Account/ChangePassword";

    // Pages that must stay reachable: the change itself, leaving, and the error page.
    private static readonly HashSet<string> Exempt = new(StringComparer.OrdinalIgnoreCase)
    {
        ChangePasswordPath, "/Account/Logout", "/Account/AccessDenied", "/Error",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.User.HasClaim(c => c.Type == Claim) && !Exempt.Contains(context.ActionDescriptor.ViewEnginePath))
        {
            context.Result = new RedirectResult(ChangePasswordPath);
            return;
        }

        await next();
    }
}
