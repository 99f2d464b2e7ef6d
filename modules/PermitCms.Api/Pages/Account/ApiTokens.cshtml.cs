using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PermitCms.Api.Tokens;

namespace PermitCms.Api.Pages.Account;

/// <summary>
/// 个人中心 → API 令牌: the user's own tokens for ERP systems. A new token's secret is shown on this answer only
/// (it is stored hashed and cannot be shown again); the user revokes tokens here.
/// </summary>
public sealed class ApiTokensModel(ApiTokenService tokens) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int LifetimeDays { get; set; } = 90;

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? CreatedSecret { get; private set; }

    public string? Message { get; private set; }

    public DateTime Now { get; } = DateTime.UtcNow;

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListOwnAsync(User, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var created = await tokens.CreateAsync(User, Name, LifetimeDays, ct);
        foreach (var (field, message) in created.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (created.Secret is { } secret)
        {
            CreatedSecret = secret;
            Message = $"已创建令牌“{created.Token!.Name}”。请立即复制保存，离开本页后将无法再次查看。";
            Name = null;
        }

        Tokens = await tokens.ListOwnAsync(User, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        Message = await tokens.RevokeAsync(id, User, anyUser: false, ct) ? "令牌已吊销，使用它的系统将无法再访问。" : "未找到该令牌，或它已被吊销。";
        Tokens = await tokens.ListOwnAsync(User, ct);
        return Page();
    }
}
