using Microsoft.AspNetCore.Http;
using PermitCms.Api.Abstractions;

namespace PermitCms.Permits.Api;

/// <summary>
/// 联网核查 and 核销 over the API: each handler binds and calls <see cref="IPermitVerification"/>, the service the
/// /Customs page uses, so the quantity check, the all-or-nothing save and the 核销 transition are the page's own.
/// </summary>
internal static class CustomsApiHandlers
{
    private const string CreditCodeMissing = "请填写进口单位统一社会信用代码（creditCode）。";

    public static async Task<IResult> LookupAsync(string permitNo, HttpContext http, IPermitVerification verification, CancellationToken ct)
    {
        var creditCode = http.Request.Query["creditCode"].ToString();
        if (string.IsNullOrWhiteSpace(creditCode))
        {
            return PermitApiResults.Invalid("creditCode", CreditCodeMissing);
        }

        var result = await verification.LookupAsync(permitNo, creditCode, http.User, ct);
        return result.Succeeded ? Results.Ok(View(result.Value!, result.Message)) : PermitApiResults.Failure(result, false);
    }

    public static async Task<IResult> RecordUseAsync(string permitNo, HttpContext http, IPermitVerification verification, CancellationToken ct)
    {
        var (body, error) = await PermitApiBody.JsonAsync<CustomsApiUseBody>(http.Request, ct);
        if (error is not null)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(body!.CreditCode))
        {
            return PermitApiResults.Invalid("creditCode", CreditCodeMissing);
        }

        var lines = body.Lines ?? [];
        if (lines.GroupBy(l => l.LineNo).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            return PermitApiResults.Invalid("lines", $"序号 {repeated.Key} 出现了多次，每个序号只能填写一次核销数量。");
        }

        var request = new PermitUseRequest(permitNo, body.CreditCode, lines.ToDictionary(l => l.LineNo, l => l.Quantity), body.DeclarationNo);
        var result = await verification.RecordUseAsync(request, http.User, ct);
        if (!result.Succeeded)
        {
            // The service names the quantities by its own field; the body calls them lines.
            return PermitApiResults.Failure(result with { Errors = [.. result.Errors.Select(e => e with { Field = e.Field.Replace("Quantities", "Lines", StringComparison.Ordinal) })] }, false);
        }

        var location = $"{ApiDefaults.Prefix}/customs/permits/{Uri.EscapeDataString(permitNo.Trim())}?creditCode={Uri.EscapeDataString(body.CreditCode.Trim())}";
        return Results.Created(location, View(result.Value!, result.Message));
    }

    private static CustomsApiPermit View(PermitUsage usage, string? message) => new(
        usage.ApprovalFormNo, usage.ApplicationNo, usage.ImporterName, usage.CreditCode, usage.Port, usage.ApprovedAt, usage.ValidUntil,
        usage.Validity.ToString(), usage.ValidityName,
        [.. usage.Lines.Select(l => new CustomsApiLine(l.LineNo, l.Title, l.HsCode, l.Unit, l.Approved, l.Used, l.Remaining))],
        [.. usage.Uses.Select(u => new CustomsApiUse(u.UseNo, u.UsedAt, u.UsedBy, u.DeclarationNo,
            [.. u.Quantities.OrderBy(q => q.Key).Select(q => new CustomsApiUseLine(q.Key, q.Value))]))],
        message ?? "");
}
