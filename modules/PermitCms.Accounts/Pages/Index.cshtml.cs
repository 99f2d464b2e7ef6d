using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Core.Security;

namespace PermitCms.Accounts.Pages;

/// <summary>The enterprise site's home: the signed-in user's enterprise. Staff are sent to the admin dashboard, customs users to 批准单核销.</summary>
public sealed class IndexModel(PermitCmsDbContext db) : PageModel
{
    public Enterprise? Enterprise { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.IsInRole(Roles.Reviewer) || User.IsInRole(Roles.Administrator))
        {
            return LocalRedirect("/Admin");
        }

        if (User.IsInRole(Roles.Customs))
        {
            // 海关用户 work on the public site's 批准单核销 page (Permits module); they have no enterprise.
            return LocalRedirect("/Customs");
        }

        if (User.GetEnterpriseId() is { } enterpriseId)
        {
            Enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
        }

        return Page();
    }
}
