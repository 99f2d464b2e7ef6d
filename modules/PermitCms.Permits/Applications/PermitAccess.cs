using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Applications;

/// <summary>
/// How every command reaches an application: only the user's own enterprise's listed ones exist (another
/// enterprise's, a deleted or an unknown id all answer "not found"); changes need a state the owner may edit
/// and, when the caller says which revision it read, that revision. Every change moves <see cref="PermitApplication.Revision"/>.
/// </summary>
public sealed class PermitAccess(PermitCmsDbContext db, IWorkflowService workflow, TimeProvider time)
{
    public const string ConflictMessage = "该申请已被他人修改或状态已变化，请刷新后重试。";

    /// <summary>The user's own, listed application (tracked), or null.</summary>
    public async Task<PermitApplication?> FindOwnAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.GetEnterpriseId() is not { } enterpriseId)
        {
            return null;
        }

        var permit = await db.Set<PermitApplication>().SingleOrDefaultAsync(p => p.Id == id && p.EnterpriseId == enterpriseId, ct);
        return permit is not null && (await workflow.GetStateAsync(permit, ct)).Listed ? permit : null;
    }

    /// <summary>
    /// The user's own application in a state its owner may change, at <paramref name="expectedRevision"/> if
    /// given; otherwise the failure to answer with (<paramref name="action"/> completes "不能…").
    /// </summary>
    public async Task<EditableApplication> LoadEditableAsync(int id, ClaimsPrincipal user, int? expectedRevision, string action, CancellationToken ct)
    {
        if (user.GetEnterpriseId() is null)
        {
            return EditableApplication.Refuse(PermitCommandStatus.Forbidden, "只有企业用户可以办理批准单申请。");
        }

        if (await FindOwnAsync(id, user, ct) is not { } permit)
        {
            return EditableApplication.Refuse(PermitCommandStatus.NotFound, "未找到该申请。");
        }

        var state = await workflow.GetStateAsync(permit, ct);
        if (!state.OwnerCanEdit)
        {
            return EditableApplication.Refuse(PermitCommandStatus.NotEditable, $"申请当前为“{state.NameZh}”状态，不能{action}。");
        }

        if (expectedRevision is { } revision && revision != permit.Revision)
        {
            return EditableApplication.Refuse(PermitCommandStatus.Conflict, ConflictMessage);
        }

        return new EditableApplication(permit, state, null);
    }

    /// <summary>Records who changed the application and when, and moves its revision (the concurrency token).</summary>
    public void Touch(PermitApplication permit, ClaimsPrincipal user)
    {
        permit.UpdatedAt = time.GetUtcNow().UtcDateTime;
        permit.UpdatedBy = user.GetDisplayName();
        permit.Revision++;
    }

    /// <summary>Saves; false when someone else changed the application meanwhile (then nothing is saved or left tracked).</summary>
    public async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
