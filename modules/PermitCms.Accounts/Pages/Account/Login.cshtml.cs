using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PermitCms.Accounts.Captcha;
using PermitCms.Accounts.Throttling;
using PermitCms.Core.Accounts;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;
using PermitCms.Core.Security;

namespace PermitCms.Accounts.Pages.Account;

/// <summary>
/// 标准版登录: 用户名 + 密码 + 验证码. Unknown user, wrong password and locked account get one message and
/// the same password-hashing work, so neither the text nor the time tells whether an account exists.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimiting.SignInPolicy)]
public sealed class LoginModel(
    SignInManager<AppUser> signIn,
    CaptchaService captcha,
    UserNameThrottle throttle,
    PasswordWorkEqualizer equalizer,
    IAuditLog audit,
    PermitCmsDbContext db) : PageModel
{
    public const string GenericFailure = "用户名、密码或验证码错误，请重新输入。连续 5 次输错，账户将锁定 15 分钟。";

    /// <summary>The same text as <see cref="GenericFailure"/>: a distinct lockout message would tell that the account exists.</summary>
    public const string LockedOut = GenericFailure;

    public const string Method = "用户名密码";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool CaptchaEnabled => captcha.Enabled;

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(HomeFor(User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Administrator)));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The captcha is consumed first and checked before the password, so a bot cannot try passwords.
        var captchaPassed = await captcha.ValidateAsync(HttpContext, Input.Captcha, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = Input.UserName.Trim();
        if (!await throttle.TryAcquireAsync(userName, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, SignInRateLimiting.TooManyAttempts);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        if (!captchaPassed)
        {
            return await FailAsync(AuditKinds.SignInFailed, "验证码错误", userName);
        }

        var user = await signIn.UserManager.FindByNameAsync(userName);
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            equalizer.Spend(Input.Password);
            return await FailAsync(AuditKinds.SignInFailed, user is null ? "用户不存在" : "账户已锁定", userName);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return await FailAsync(AuditKinds.LockedOut, "连续登录失败，账户锁定 15 分钟", userName);
        }

        if (!result.Succeeded)
        {
            return await FailAsync(AuditKinds.SignInFailed, result.IsNotAllowed ? "账户当前不能登录" : "密码错误", userName);
        }

        audit.Record(AuditKinds.SignInSucceeded, $"方式：{Method}", user.UserName);
        await db.SaveChangesAsync(cancellationToken);
        var roles = await signIn.UserManager.GetRolesAsync(user);
        var isStaff = roles.Contains(Roles.Reviewer) || roles.Contains(Roles.Administrator);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : HomeFor(isStaff));
    }

    private static string HomeFor(bool isStaff) => isStaff ? "/Admin" : "/";

    private async Task<PageResult> FailAsync(string kind, string reason, string userName)
    {
        audit.Record(kind, $"方式：{Method}；{reason}", userName);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        ModelState.AddModelError(string.Empty, GenericFailure);
        Input.Password = "";
        Input.Captcha = "";
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "请输入用户名")]
        [StringLength(256)]
        [Display(Name = "用户名")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请输入密码")]
        [StringLength(128)]
        [DataType(DataType.Password)]
        [Display(Name = "密码")]
        public string Password { get; set; } = "";

        [StringLength(16)]
        [Display(Name = "验证码")]
        public string? Captcha { get; set; }
    }
}
