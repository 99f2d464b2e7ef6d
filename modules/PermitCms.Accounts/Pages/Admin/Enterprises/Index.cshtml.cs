using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Accounts.Pages.Admin.Enterprises;

/// <summary>企业管理: every enterprise with its codes and number of users.</summary>
[Authorize(Policy = AccountsPermissions.ManageUsersPolicy)]
public sealed class IndexModel(PermitCmsDbContext db) : PageModel
{
    public IReadOnlyList<Row> Enterprises { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Enterprises = await db.Enterprises.AsNoTracking()
            .OrderBy(e => e.Name)
            .Select(e => new Row(e.Id, e.Name, e.CreditCode, e.CustomsCode, e.ContactName, e.ContactPhone, e.IsActive, db.Users.Count(u => u.EnterpriseId == e.Id)))
            .ToListAsync(cancellationToken);
    }

    public sealed record Row(int Id, string Name, string CreditCode, string CustomsCode, string ContactName, string ContactPhone, bool IsActive, int UserCount);
}
