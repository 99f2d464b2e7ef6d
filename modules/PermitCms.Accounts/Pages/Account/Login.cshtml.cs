using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PermitCms.Accounts.Captcha;
using PermitCms.Core.Accounts;
using PermitCms.Core.Security;

namespace PermitCms.Accounts.Pages.Account;

/// <summary>标准版登录: 用户名 + 密码 + 验证码. One generic message for any wrong input.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, CaptchaService captcha) : PageModel
{
    public const string GenericFailure = "用户名、密码或验证码错误，请重新输入。";
    public const string LockedOut = "账户已被锁定：连续 5 次登录失败将锁定 15 分钟，管理员锁定的账户请联系管理员。";

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

        if (!captchaPassed)
        {
            return Fail(GenericFailure);
        }

        var user = await signIn.UserManager.FindByNameAsync(Input.UserName.Trim());
        if (user is null)
        {
            return Fail(GenericFailure);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Fail(LockedOut);
        }

        if (!result.Succeeded)
        {
            return Fail(GenericFailure);
        }

        var roles = await signIn.UserManager.GetRolesAsync(user);
        var isStaff = roles.Contains(Roles.Reviewer) || roles.Contains(Roles.Administrator);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : HomeFor(isStaff));
    }

    private static string HomeFor(bool isStaff) => isStaff ? "/Admin" : "/";

    private PageResult Fail(string message)
    {
        ModelState.AddModelError(string.Empty, message);
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
