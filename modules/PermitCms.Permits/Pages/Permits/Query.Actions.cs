using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

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
        var source = await actions.FindAsync(id, User, ct);
        if (source is null)
        {
            return NotFound();
        }

        var copy = await copier.CopyAsync(source, User, ct);
        TempData["Success"] = $"已复制申请单 {source.ApplicationNo}，新申请单号 {copy.ApplicationNo}（暂存），请填写批准单编号后申报。";
        return RedirectToPage("/Permits/Apply", new { id = copy.Id });
    }

    /// <summary>A workflow trigger; the workflow decides whether the state and the user allow it.</summary>
    public async Task<IActionResult> OnPostFireAsync(int id, string? trigger, string? comment, string? returnUrl, CancellationToken ct)
    {
        var permit = await actions.FindAsync(id, User, ct);
        if (permit is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(trigger))
        {
            return BadRequest();
        }

        var result = await actions.FireAsync(permit, trigger, comment, User, ct);
        TempData[result.Succeeded ? "Success" : "Error"] = result.Message;
        if (result.Succeeded && trigger == "revise")
        {
            // 修改 after 退回 is for changing the application: straight into the editor.
            return RedirectToPage("/Permits/Apply", new { id });
        }

        if (result.Succeeded && trigger == "delete")
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
