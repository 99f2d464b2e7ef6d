using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using PermitCms.Permits.Issuance;

namespace PermitCms.Permits.Pages.Verify;

/// <summary>
/// 联网核查: the page the 电子批准单's QR code opens, for anyone (no sign-in). Reached by the unguessable token only,
/// it shows the permit's essentials and its status now; contact, address and prices are not shown. An unknown
/// token answers 404 with the same page, so nothing tells a near miss from a far one.
/// </summary>
[EnableRateLimiting(IssuanceServices.VerifyRateLimitPolicy)]
public sealed class IndexModel(IPermitVerification verification) : PageModel
{
    public PermitUsage? Permit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Permit = await verification.VerifyAsync(token, cancellationToken);
        if (Permit is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        // The status changes with every 核销: no cache may keep an older answer.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public static string BadgeClass(PermitValidity validity) => validity switch
    {
        PermitValidity.Valid => "text-bg-success",
        PermitValidity.WrittenOff => "text-bg-dark",
        _ => "text-bg-danger",
    };
}
