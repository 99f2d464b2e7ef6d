using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Api.Tokens;
using PermitCms.Core.Data;

namespace PermitCms.Api.Pages.Admin;

/// <summary>API 令牌 (administrators): every user's tokens, newest first, and 吊销 for any of them.</summary>
[Authorize(Policy = ApiPermissions.ManageTokensPolicy)]
public sealed class ApiTokensModel(PermitCmsDbContext db, ApiTokenService tokens) : PageModel
{
    public const int PageSize = 200;

    public sealed record Row(ApiToken Token, string UserName, string DisplayName);

    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public DateTime Now { get; } = DateTime.UtcNow;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var keyword = Keyword?.Trim();
        var query = from t in db.Set<ApiToken>().AsNoTracking()
                    join u in db.Users on t.UserId equals u.Id
                    select new { Token = t, u.UserName, u.DisplayName };
        if (!string.IsNullOrEmpty(keyword))
        {
            query = query.Where(r => r.UserName!.Contains(keyword) || r.DisplayName.Contains(keyword) || r.Token.Name.Contains(keyword));
        }

        Rows = [.. (await query.OrderByDescending(r => r.Token.Id).Take(PageSize).ToListAsync(ct)).Select(r => new Row(r.Token, r.UserName ?? "", r.DisplayName))];
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        Message = await tokens.RevokeAsync(id, User, anyUser: true, ct) ? "令牌已吊销。" : "未找到该令牌，或它已被吊销。";
        await OnGetAsync(ct);
        return Page();
    }
}
