using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Issuance;

/// <summary>
/// Gives an approved application its verification token and 批准日期 (the time of its entry into 审核通过) the first
/// time the permit is needed — downloaded or looked up by customs — and never changes them afterwards.
/// </summary>
internal sealed class PermitIssueStamp(PermitCmsDbContext db, IWorkflowService workflow)
{
    /// <summary>
    /// A conditional UPDATE, so that two first downloads at the same moment agree on one token (the loser reads the
    /// winner's) and no editor's revision is disturbed. The loaded entity gets the stored values, unmodified.
    /// </summary>
    public async Task EnsureAsync(PermitApplication permit, CancellationToken ct)
    {
        if (permit.VerificationToken is not null && permit.ApprovedAt is not null)
        {
            return;
        }

        var history = await workflow.GetHistoryAsync(PermitApplication.ItemType, permit.Id.ToString(CultureInfo.InvariantCulture), ct);
        var approvedAt = history.LastOrDefault(h => h.ToState == PermitStates.Approved)?.OccurredAt ?? permit.UpdatedAt;
        var token = VerificationTokens.Create();
        await db.Set<PermitApplication>().Where(p => p.Id == permit.Id && p.VerificationToken == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.VerificationToken, token).SetProperty(p => p.ApprovedAt, approvedAt), ct);
        var stored = await db.Set<PermitApplication>().AsNoTracking().Where(p => p.Id == permit.Id)
            .Select(p => new { p.VerificationToken, p.ApprovedAt }).SingleAsync(ct);
        var entry = db.Entry(permit);
        if (entry.State != EntityState.Detached)
        {
            entry.Property(p => p.VerificationToken).OriginalValue = stored.VerificationToken;
            entry.Property(p => p.ApprovedAt).OriginalValue = stored.ApprovedAt;
        }

        permit.VerificationToken = stored.VerificationToken;
        permit.ApprovedAt = stored.ApprovedAt;
        if (entry.State != EntityState.Detached)
        {
            entry.Property(p => p.VerificationToken).IsModified = false;
            entry.Property(p => p.ApprovedAt).IsModified = false;
        }
    }
}
