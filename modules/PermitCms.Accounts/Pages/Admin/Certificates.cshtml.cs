using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Certificates;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Pages.Admin;

/// <summary>证书绑定管理: every user's 卡介质 bindings; 吊销 ends sign-in with that certificate for good.</summary>
[Authorize(Policy = AccountsPermissions.ManageCertificatesPolicy)]
public sealed class CertificatesModel(PermitCmsDbContext db, CertificateBindings bindings) : PageModel
{
    public const string Revoked = "证书绑定已吊销，该证书不能再用于登录。";

    public sealed record Row(CertificateBinding Binding, string UserName, string DisplayName, string? Enterprise);

    [BindProperty(SupportsGet = true)]
    public string? Keyword { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Set<CertificateBinding>().AsNoTracking();
        if (Keyword?.Trim() is { Length: > 0 } keyword)
        {
            query = query.Where(b => b.User!.UserName!.Contains(keyword) || b.User.DisplayName.Contains(keyword) || b.Subject.Contains(keyword));
        }

        Rows = await query
            .OrderBy(b => b.RevokedAt != null).ThenByDescending(b => b.CreatedAt)
            .Select(b => new Row(b, b.User!.UserName!, b.User.DisplayName, b.User.Enterprise != null ? b.User.Enterprise.Name : null))
            .Take(500)
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var error = await bindings.RevokeAsync(id, User.Identity!.Name!, ct);
        TempData[error is null ? "Success" : "Error"] = error ?? Revoked;
        return RedirectToPage(new { Keyword });
    }
}
