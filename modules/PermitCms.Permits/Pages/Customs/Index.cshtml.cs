using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PermitCms.Permits.Pages.Customs;

/// <summary>
/// 批准单核销 for 海关用户: look a permit up by 批准单编号 + the importer's 统一社会信用代码, see each goods line's
/// approved, used and remaining quantity and the uses so far, and record a 核销 (per line, with an optional 报关单号).
/// Binding and rendering only: the rules are <see cref="IPermitVerification"/>'s.
/// </summary>
public sealed class IndexModel(IPermitVerification verification) : PageModel
{
    [BindProperty(Name = "no", SupportsGet = true)]
    public string? ApprovalFormNo { get; set; }

    [BindProperty(Name = "code", SupportsGet = true)]
    public string? CreditCode { get; set; }

    [BindProperty]
    public string? DeclarationNo { get; set; }

    /// <summary>序号 → quantity to write off now; empty fields are 0.</summary>
    [BindProperty]
    public Dictionary<int, int?> Quantities { get; set; } = [];

    public PermitUsage? Permit { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<PermitFieldError> Errors { get; private set; } = [];

    public bool Searched => !string.IsNullOrWhiteSpace(ApprovalFormNo) || !string.IsNullOrWhiteSpace(CreditCode);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LookupAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostUseAsync(CancellationToken cancellationToken)
    {
        var quantities = Quantities.Where(q => q.Value is not null).ToDictionary(q => q.Key, q => q.Value!.Value);
        if (!ModelState.IsValid)
        {
            Error = "核销数量须为整数。";
            await LookupAsync(cancellationToken);
            return Page();
        }

        var result = await verification.RecordUseAsync(new PermitUseRequest(ApprovalFormNo ?? "", CreditCode ?? "", quantities, DeclarationNo), User, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Success"] = result.Message;
            return RedirectToPage(new { no = ApprovalFormNo, code = CreditCode });
        }

        await LookupAsync(cancellationToken);
        Error = result.Message;
        Errors = result.Errors;
        return Page();
    }

    public string? ErrorFor(int lineNo) => Errors.FirstOrDefault(e => e.Field == $"Quantities[{lineNo}]")?.Message;

    private async Task LookupAsync(CancellationToken cancellationToken)
    {
        if (!Searched)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(ApprovalFormNo) || string.IsNullOrWhiteSpace(CreditCode))
        {
            Error = "请填写批准单编号和进口单位统一社会信用代码。";
            return;
        }

        var found = await verification.LookupAsync(ApprovalFormNo, CreditCode, User, cancellationToken);
        Permit = found.Value;
        Error = found.Succeeded ? null : found.Message;
    }
}
