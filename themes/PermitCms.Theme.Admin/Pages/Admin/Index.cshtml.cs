using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PermitCms.Theme.Admin.Pages.Admin;

/// <summary>The admin dashboard's landing page: where to go next, by role.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
