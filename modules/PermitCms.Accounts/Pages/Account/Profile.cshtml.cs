using System.Buffers.Text;
using System.Security.Claims;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PermitCms.Accounts.Certificates;
using PermitCms.Core.Accounts;

namespace PermitCms.Accounts.Pages.Account;

/// <summary>
/// 个人中心: bind / unbind the 卡介质 certificate on the current request, and register / remove security keys.
/// Adding a way in needs a session opened with password + captcha, so a stolen card cannot add another.
/// </summary>
public sealed class ProfileModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, CertificateBindings bindings, ClientCertificateValidator validator) : PageModel
{
    public const string PasswordSessionRequired = "请先退出，再使用用户名、密码和验证码登录后进行此操作。";
    public const string Bound = "卡介质证书已绑定，下次可直接使用卡介质登录。";
    public const string Unbound = "已解除该证书的绑定。";
    public const string PasskeyAdded = "安全密钥已登记。";
    public const string PasskeyRemoved = "安全密钥已删除。";
    public const string PasskeyNotFound = "未找到该安全密钥，可能已被删除。";
    public const string PasskeyRejected = "安全密钥登记失败，请重试。";

    public AppUser CurrentUser { get; private set; } = null!;
    public X509Certificate2? PresentedCertificate { get; private set; }
    public CertificateCheck PresentedCheck { get; private set; }
    public IReadOnlyList<CertificateBinding> Bindings { get; private set; } = [];
    public IList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    /// <summary>"pwd" for password sign-in, "cert" for 卡介质, another value for a security key.</summary>
    public string? SignInMethod => User.FindFirstValue(CertificateSignIn.AuthenticationMethodClaim);
    public bool HasPasswordSession => SignInMethod == "pwd";

    [BindProperty, StringLength(50, ErrorMessage = "名称最多 50 个字符"), Display(Name = "密钥名称")]
    public string? PasskeyName { get; set; }

    [BindProperty]
    public string? CredentialJson { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Challenge();

    public async Task<IActionResult> OnPostBindAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        if (!HasPasswordSession) return Done(PasswordSessionRequired, false);
        var error = await bindings.BindAsync(CurrentUser.Id, PresentedCertificate, ct);
        return Done(error ?? Bound, error is null);
    }

    public async Task<IActionResult> OnPostUnbindAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        var error = await bindings.UnbindAsync(CurrentUser.Id, id, ct);
        return Done(error ?? Unbound, error is null);
    }

    /// <summary>WebAuthn creation options for navigator.credentials.create; the challenge is kept in Identity's cookie.</summary>
    public async Task<IActionResult> OnPostPasskeyCreationOptionsAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        if (!HasPasswordSession) return StatusCode(403);
        var entity = new PasskeyUserEntity { Id = CurrentUser.Id, Name = CurrentUser.UserName!, DisplayName = CurrentUser.DisplayName };
        return Content(await signIn.MakePasskeyCreationOptionsAsync(entity), "application/json");
    }

    public async Task<IActionResult> OnPostAddPasskeyAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        if (!HasPasswordSession) return Done(PasswordSessionRequired, false);
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(CredentialJson)) return Done(PasskeyRejected, false);

        var attestation = await signIn.PerformPasskeyAttestationAsync(CredentialJson);
        if (!attestation.Succeeded || attestation.UserEntity.Id != CurrentUser.Id)
        {
            return Done(PasskeyRejected, false);
        }

        attestation.Passkey.Name = string.IsNullOrWhiteSpace(PasskeyName) ? "安全密钥" : PasskeyName.Trim();
        var result = await users.AddOrUpdatePasskeyAsync(CurrentUser, attestation.Passkey);
        return Done(result.Succeeded ? PasskeyAdded : PasskeyRejected, result.Succeeded);
    }

    public async Task<IActionResult> OnPostRemovePasskeyAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        byte[] credentialId;
        try
        {
            credentialId = Base64Url.DecodeFromChars(id ?? "");
        }
        catch (FormatException)
        {
            return Done(PasskeyNotFound, false);
        }

        if (await users.GetPasskeyAsync(CurrentUser, credentialId) is null) return Done(PasskeyNotFound, false);
        var result = await users.RemovePasskeyAsync(CurrentUser, credentialId);
        return Done(result.Succeeded ? PasskeyRemoved : PasskeyNotFound, result.Succeeded);
    }

    public static string PasskeyId(UserPasskeyInfo passkey) => Base64Url.EncodeToString(passkey.CredentialId);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return false;
        CurrentUser = user;
        PresentedCertificate = await HttpContext.Connection.GetClientCertificateAsync(ct);
        PresentedCheck = validator.Validate(PresentedCertificate);
        Bindings = await bindings.ForUserAsync(user.Id, ct);
        Passkeys = await users.GetPasskeysAsync(user);
        return true;
    }

    private RedirectToPageResult Done(string message, bool success)
    {
        TempData[success ? "Success" : "Error"] = message;
        return RedirectToPage();
    }
}
