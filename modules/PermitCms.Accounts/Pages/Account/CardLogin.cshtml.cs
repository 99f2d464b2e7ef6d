using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PermitCms.Accounts.Certificates;
using PermitCms.Accounts.Throttling;
using PermitCms.Core.Accounts;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;
using PermitCms.Core.Security;

namespace PermitCms.Accounts.Pages.Account;

/// <summary>卡介质登录: sign in with the certificate on the IC card / Ikey, or with a security key (passkey).</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimiting.SignInPolicy)]
public sealed class CardLoginModel(CertificateSignIn certificates, SignInManager<AppUser> signIn, IAuditLog audit, PermitCmsDbContext db) : PageModel
{
    public const string PasskeyFailed = "安全密钥验证失败，请确认使用的是已在“个人中心”登记的安全密钥。";
    public const string PasskeyMethod = "pkey";
    public const string PasskeyMissing = "未收到安全密钥的响应，请重试。";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? CredentialJson { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Home(User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Administrator))) : Page();

    /// <summary>登录 with the client certificate the browser presented.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (user, error) = await certificates.SignInAsync(HttpContext, cancellationToken);
        return user is null ? await FailAsync(error!, "卡介质证书", null) : await SucceedAsync(user, "卡介质证书");
    }

    /// <summary>WebAuthn request options for navigator.credentials.get (any registered key: discoverable credentials).</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync()
        => Content(await signIn.MakePasskeyRequestOptionsAsync(user: null), "application/json");

    /// <summary>使用安全密钥登录: verifies the assertion; the password lockout applies here too.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        if (string.IsNullOrWhiteSpace(CredentialJson))
        {
            return await FailAsync(PasskeyMissing, "安全密钥", null);
        }

        // The steps of SignInManager.PasskeySignInAsync, except that the session records "pkey" as its
        // method; Identity's own call records "pwd", which would let a key holder bind certificates.
        var assertion = await signIn.PerformPasskeyAssertionAsync(CredentialJson);
        if (!assertion.Succeeded)
        {
            return await FailAsync(PasskeyFailed, "安全密钥", null);
        }

        var user = assertion.User;
        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            return await FailAsync(CertificateMessages.LockedOut, "安全密钥", user.UserName);
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return await FailAsync(CertificateMessages.NotAllowed, "安全密钥", user.UserName);
        }

        // Stores the new signature counter and flags, as Identity's PasskeySignInAsync does.
        await signIn.UserManager.AddOrUpdatePasskeyAsync(user, assertion.Passkey);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(CertificateSignIn.AuthenticationMethodClaim, PasskeyMethod)]);
        return await SucceedAsync(user, "安全密钥");
    }

    private async Task<IActionResult> SucceedAsync(AppUser user, string method)
    {
        audit.Record(AuditKinds.SignInSucceeded, $"方式：{method}", user.UserName);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        var roles = await signIn.UserManager.GetRolesAsync(user);
        var isStaff = roles.Contains(Roles.Reviewer) || roles.Contains(Roles.Administrator);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Home(isStaff));
    }

    private static string Home(bool isStaff) => isStaff ? "/Admin" : "/";

    private async Task<PageResult> FailAsync(string message, string method, string? userName)
    {
        audit.Record(AuditKinds.SignInFailed, $"方式：{method}；{message}", userName);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        ModelState.AddModelError(string.Empty, message);
        CredentialJson = null;
        return Page();
    }
}
