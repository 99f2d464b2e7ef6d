using Microsoft.AspNetCore.Mvc;
using PermitCms.Core.Accounts;
using PermitCms.Permits.Data;
using PermitCms.Permits.Validation;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>暂存's work, shared by 申报: check the manual fields, then create (numbered, workflow started) or update.</summary>
public sealed partial class ApplyModel
{
    /// <summary>Creates or updates the application from <see cref="Basic"/>; a result means it was refused.</summary>
    private async Task<IActionResult?> SaveAsync(CancellationToken ct)
    {
        if (Id is not null && await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        if (Id is null && await LoadEnterpriseAsync(ct) is { } noEnterprise)
        {
            return noEnterprise;
        }

        if (!CanEdit)
        {
            TempData["Error"] = $"申请当前为“{State?.NameZh}”状态，不能修改。";
            return RedirectToPage(new { id = Id });
        }

        Codes = await codeLists.GetAsync(ct);
        var permit = Permit ?? NewPermit(Enterprise!);
        if (!Basic.ApplyTo(permit, Codes, ModelState, nameof(Basic)))
        {
            db.ChangeTracker.Clear();
            return await RenderAsync(ct);
        }

        if (permit.ApprovalFormNo is { } number && await completeness.ApprovalFormNoTakenAsync(permit.Id, number, ct))
        {
            ModelState.AddModelError("Basic.ApprovalFormNo", $"批准单编号“{number}”已被另一份待审核或审核通过的申请使用");
            db.ChangeTracker.Clear();
            return await RenderAsync(ct);
        }

        Touch(permit);
        if (Permit is null)
        {
            await CreateAsync(permit, ct);
        }
        else if (!await TrySaveAsync(ct))
        {
            return RedirectToPage(new { id = Id });
        }

        return null;
    }

    private PermitApplication NewPermit(Enterprise enterprise) => new()
    {
        EnterpriseId = enterprise.Id,
        ImporterName = enterprise.Name,
        CreditCode = enterprise.CreditCode,
        CustomsCode = enterprise.CustomsCode,
        Address = enterprise.Address,
        CreatedAt = time.GetUtcNow().UtcDateTime,
        CreatedBy = User.GetDisplayName(),
    };

    /// <summary>
    /// The first save: the row is inserted first so that the workflow's "create" history entry is keyed by
    /// the real id, and both commit together.
    /// </summary>
    private async Task CreateAsync(PermitApplication permit, CancellationToken ct)
    {
        permit.ApplicationNo = await numbers.NextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(permit);
        await db.SaveChangesAsync(ct);
        await workflow.StartAsync(permit, PermitApplication.WorkflowName, User, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Permit = permit;
        Id = permit.Id;
    }
}
