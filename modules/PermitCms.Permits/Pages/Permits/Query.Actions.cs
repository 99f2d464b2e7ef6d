using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using PermitCms.Permits.Applications;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>
/// The actions of a line (also posted from the details page): 复制, and the workflow triggers 申报 撤回 删除 修改 ….
/// Each answers with a redirect and a message; another enterprise's or a deleted id is a 404 and changes nothing.
/// </summary>
public sealed partial class QueryModel
{
    /// <summary>复制, in any state: the user lands on the new draft in the editor.</summary>
    public async Task<IActionResult> OnPostCopyAsync(int id, CancellationToken ct)
    {
        var copy = await copier.CopyAsync(id, User, ct);
        if (copy.Status == PermitCommandStatus.NotFound)
        {
            return NotFound();
        }

        TempData["Success"] = copy.Message;
        return RedirectToPage("/Permits/Apply", new { id = copy.Value!.Id });
    }

    /// <summary>A workflow trigger; the workflow decides whether the state and the user allow it.</summary>
    public async Task<IActionResult> OnPostFireAsync(int id, string? trigger, string? comment, string? returnUrl, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(trigger))
        {
            return await access.FindOwnAsync(id, User, ct) is null ? NotFound() : BadRequest();
        }

        var result = await lifecycle.FireAsync(id, trigger, comment, null, User, ct);
        if (result.Status == PermitCommandStatus.NotFound)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Success" : "Error"] = result.Message;
        if (result.Succeeded && trigger == PermitTriggers.Revise)
        {
            // 修改 after 退回 is for changing the application: straight into the editor.
            return RedirectToPage("/Permits/Apply", new { id });
        }

        if (result.Succeeded && trigger == PermitTriggers.Delete)
        {
            // The details of a deleted application no longer exist: back to the list (the one details came from).
            if (returnUrl is not null && returnUrl.StartsWith("/Permits/Details", StringComparison.OrdinalIgnoreCase))
            {
                var query = returnUrl.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? QueryHelpers.ParseQuery(returnUrl[at..]) : [];
                returnUrl = query.TryGetValue("returnUrl", out var list) ? list.ToString() : null;
            }

            return returnUrl is not null && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/Permits/Query", StringComparison.OrdinalIgnoreCase)
                ? LocalRedirect(returnUrl)
                : RedirectToPage("/Permits/Query");
        }

        return returnUrl is not null && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("/Permits/Details", new { id });
    }
}
