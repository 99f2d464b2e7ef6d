using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Validation;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Applications;

/// <summary>
/// 新增 and 暂存 of 基本信息: the first save creates the application (back-filled from the enterprise's
/// registration, numbered, put on the workflow); later saves change the manual fields of a draft.
/// </summary>
public sealed class ApplicationEditor(
    PermitCmsDbContext db,
    PermitAccess access,
    IWorkflowService workflow,
    CodeListService codeLists,
    ApplicationNumberGenerator numbers,
    PermitCompleteness completeness,
    TimeProvider time)
{
    /// <summary>Saves whatever is entered, even if incomplete; <paramref name="id"/> null creates a new application.</summary>
    public async Task<PermitCommandResult<SavedApplication>> SaveAsync(int? id, BasicInput basic, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
    {
        PermitApplication permit;
        if (id is { } existing)
        {
            var load = await access.LoadEditableAsync(existing, user, expectedRevision, "修改", ct);
            if (load.Permit is null)
            {
                return load.Fail<SavedApplication>();
            }

            permit = load.Permit;
        }
        else if (await NewAsync(user, ct) is { } created)
        {
            permit = created;
        }
        else
        {
            return PermitCommandResult.Fail<SavedApplication>(PermitCommandStatus.Forbidden, "只有企业用户可以办理批准单申请。");
        }

        var errors = basic.ApplyTo(permit, await codeLists.GetAsync(ct));
        if (errors.Count == 0 && permit.ApprovalFormNo is { } number && await completeness.ApprovalFormNoTakenAsync(permit.Id, number, ct))
        {
            errors.Add(new PermitFieldError(nameof(BasicInput.ApprovalFormNo), PermitMessages.ApprovalFormNoTaken(number)));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return PermitCommandResult.Fail<SavedApplication>(PermitCommandStatus.Invalid, "基本信息有误，请按提示修改。", errors);
        }

        access.Touch(permit, user);
        if (id is null)
        {
            await CreateAsync(permit, user, ct);
        }
        else if (!await access.TrySaveAsync(ct))
        {
            return PermitCommandResult.Fail<SavedApplication>(PermitCommandStatus.Conflict, PermitAccess.ConflictMessage);
        }

        return PermitCommandResult.Ok(
            new SavedApplication(permit.Id, permit.ApplicationNo, permit.Revision, PermitCompleteness.MissingBasicFields(permit)),
            $"已暂存，申请单号 {permit.ApplicationNo}。");
    }

    /// <summary>新增: an unsaved application with the enterprise's registration filled in, or null for a user of no enterprise.</summary>
    public async Task<PermitApplication?> NewAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var enterpriseId = user.GetEnterpriseId();
        var enterprise = enterpriseId is null ? null : await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        return enterprise is null ? null : new PermitApplication
        {
            EnterpriseId = enterprise.Id,
            ImporterName = enterprise.Name,
            CreditCode = enterprise.CreditCode,
            CustomsCode = enterprise.CustomsCode,
            Address = enterprise.Address,
            ContactName = enterprise.ContactName,
            ContactPhone = enterprise.ContactPhone,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = user.GetDisplayName(),
        };
    }

    /// <summary>
    /// The first save: the row is inserted first so that the workflow's "create" history entry is keyed by
    /// the real id, and both commit together. The number is taken on its own and skipped if this fails.
    /// </summary>
    private async Task CreateAsync(PermitApplication permit, ClaimsPrincipal user, CancellationToken ct)
    {
        permit.ApplicationNo = await numbers.NextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(permit);
        await db.SaveChangesAsync(ct);
        await workflow.StartAsync(permit, PermitApplication.WorkflowName, user, ct);
        await access.RecordCreatedAsync(permit, user, "新增申请", $"申请单号 {permit.ApplicationNo}", ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
