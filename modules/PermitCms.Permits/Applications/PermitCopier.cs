using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Applications;

/// <summary>
/// 复制: a new draft identical to the source in basic information, goods and attachments, except that it has
/// its own 申请单号 and no 批准单编号 (the manual). Everything is written in one transaction: a failure leaves
/// no half copy behind (only the number, which is skipped and never reused).
/// </summary>
public sealed class PermitCopier(PermitCmsDbContext db, PermitAccess access, IWorkflowService workflow, ApplicationNumberGenerator numbers, TimeProvider time)
{
    /// <summary>复制, in any listed state of the user's own application; the value is the new draft.</summary>
    public async Task<PermitCommandResult<SavedApplication>> CopyAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.FindOwnAsync(id, user, ct) is not { } source)
        {
            return PermitCommandResult.Fail<SavedApplication>(PermitCommandStatus.NotFound, "未找到该申请。");
        }

        var copy = await CopyAsync(source, user, ct);
        return PermitCommandResult.Ok(
            new SavedApplication(copy.Id, copy.ApplicationNo, copy.Revision, PermitCms.Permits.Validation.PermitCompleteness.MissingBasicFields(copy)),
            $"已复制申请单 {source.ApplicationNo}，新申请单号 {copy.ApplicationNo}（暂存），请填写批准单编号后申报。");
    }

    private async Task<PermitApplication> CopyAsync(PermitApplication source, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var copy = new PermitApplication
        {
            ApplicationNo = await numbers.NextAsync(ct),
            EnterpriseId = source.EnterpriseId,
            ApprovalFormNo = null,
            PortCode = source.PortCode,
            ContactName = source.ContactName,
            ContactPhone = source.ContactPhone,
            ImporterName = source.ImporterName,
            CreditCode = source.CreditCode,
            CustomsCode = source.CustomsCode,
            Address = source.Address,
            CreatedAt = now,
            CreatedBy = user.GetDisplayName(),
            UpdatedAt = now,
            UpdatedBy = user.GetDisplayName(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // The row first, so that the workflow's "create" entry is keyed by the real id.
        db.Add(copy);
        await db.SaveChangesAsync(ct);
        await workflow.StartAsync(copy, PermitApplication.WorkflowName, user, ct);
        await access.RecordCreatedAsync(copy, user, "复制申请", $"复制自申请单 {source.ApplicationNo}", ct);

        var goods = await db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == source.Id).OrderBy(g => g.LineNo).ToListAsync(ct);
        foreach (var line in goods)
        {
            line.Id = 0;
            line.PermitApplicationId = copy.Id;
        }

        db.AddRange(goods);
        var attachments = await db.Set<PermitAttachment>().AsNoTracking().Where(a => a.PermitApplicationId == source.Id).OrderBy(a => a.Id).ToListAsync(ct);
        var copies = attachments.Select(a => (SourceId: a.Id, Copy: new PermitAttachment
        {
            PermitApplicationId = copy.Id,
            FileName = a.FileName,
            Size = a.Size,
            UploadedAt = a.UploadedAt,
            UploadedBy = a.UploadedBy,
        })).ToList();
        db.AddRange(copies.Select(c => c.Copy));
        await db.SaveChangesAsync(ct);

        // The bytes are copied inside the database: a 10 MB program list never passes through the web server.
        foreach (var (sourceId, attachment) in copies)
        {
            await CopyContentAsync(sourceId, attachment.Id, ct);
        }

        await transaction.CommitAsync(ct);
        return copy;
    }

    private Task<int> CopyContentAsync(int sourceId, int targetId, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(PermitAttachmentContent))!;
        var table = entity.GetTableName()!;
        var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
        var key = entity.FindProperty(nameof(PermitAttachmentContent.PermitAttachmentId))!.GetColumnName(store)!;
        var data = entity.FindProperty(nameof(PermitAttachmentContent.Data))!.GetColumnName(store)!;

        // Identifiers come from the model, never from input; the values are parameters.
#pragma warning disable EF1002
        return db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO \"{table}\" (\"{key}\", \"{data}\") SELECT {{0}}, \"{data}\" FROM \"{table}\" WHERE \"{key}\" = {{1}}",
            [targetId, sourceId],
            ct);
#pragma warning restore EF1002
    }
}
