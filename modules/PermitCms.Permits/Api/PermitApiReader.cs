using System.Security.Claims;
using Microsoft.Extensions.Options;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Data;
using PermitCms.Permits.Display;
using PermitCms.Permits.Issuance;
using PermitCms.Permits.Validation;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Api;

/// <summary>An application as the API shows it: what 批准单详细信息 shows (the same loader), for the user's own enterprise only.</summary>
public sealed class PermitApiReader(PermitAccess access, PermitSummaryLoader summaries, IWorkflowService workflow, IOptions<IssuanceOptions> issuance)
{
    public async Task<PermitApiDetails?> FindAsync(int id, ClaimsPrincipal user, int goodsPage, string requestBaseUrl, CancellationToken ct)
    {
        if (await access.FindOwnAsync(id, user, ct) is not { } permit)
        {
            return null;
        }

        var summary = await summaries.LoadAsync(permit, goodsPage, ct);
        var state = await workflow.GetStateAsync(permit, ct);
        var actions = await workflow.GetPermittedTriggersAsync(permit, user, ct);
        return new PermitApiDetails(
            permit.Id, permit.ApplicationNo, state.Code, state.NameZh, permit.Revision,
            permit.ApprovalFormNo, permit.PortCode, permit.ContactName, permit.ContactPhone,
            permit.ImporterName, permit.CreditCode, permit.CustomsCode, permit.Address,
            permit.CreatedAt, permit.UpdatedAt, permit.DeclaredAt, permit.ReviewComment,
            PermitCompleteness.MissingBasicFields(permit),
            summary.GoodsCount, summary.GoodsTotal, summary.GoodsPage, summary.GoodsPageCount,
            [.. summary.GoodsLines.Select(Line)],
            [.. summary.Attachments.Select(a => new PermitApiAttachment(a.Id, a.FileName, a.Size, a.UploadedAt, a.UploadedBy))],
            [.. summary.History.Select(h => new PermitApiHistoryEntry(h.FromState, h.ToState, h.Trigger, h.TriggerNameZh, h.UserName, h.OccurredAt, h.Comment))],
            [.. actions.Select(t => t.Code)],
            permit.VerificationToken is { } token ? issuance.Value.VerificationUrl(token, requestBaseUrl) : null);
    }

    private static PermitApiGoodsLine Line(PermitGoods g) => new(
        g.Id, g.LineNo, g.Title, g.OriginalTitle, g.HsCode, g.CarrierCode, g.Publisher, g.CountryCode, g.LanguageCode,
        g.Quantity, g.UnitCode, g.UnitPrice, g.TotalPrice, g.CurrencyCode);
}
