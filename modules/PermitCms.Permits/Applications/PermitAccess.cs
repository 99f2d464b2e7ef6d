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
/// and, when the caller says which revision it read, that revision. Every change moves <see cref="PermitApplication.Revision"/>
/// and is recorded in 修改记录 (<see cref="PermitChangeRecorder"/>) by the save that writes it.
/// </summary>
public sealed class PermitAccess(PermitCmsDbContext db, IWorkflowService workflow, TimeProvider time, PermitChangeRecorder changes)
{
    public const string ConflictMessage = "该申请已被他人修改或状态已变化，请刷新后重试。";

    // Who touched the application last in this unit of work: the author of the changes the next save records.
    private (ClaimsPrincipal User, DateTime At)? _author;

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

    /// <summary>
    /// Records who changed the application and when, and moves its revision (the concurrency token); the next
    /// <see cref="TrySaveAsync"/> records the changes in 修改记录 under this user.
    /// </summary>
    public void Touch(PermitApplication permit, ClaimsPrincipal user)
    {
        permit.UpdatedAt = time.GetUtcNow().UtcDateTime;
        permit.UpdatedBy = user.GetDisplayName();
        permit.Revision++;
        _author = (user, permit.UpdatedAt);
    }

    /// <summary>
    /// The one 修改记录 entry of a new application (<paramref name="how"/>: 新增申请, 复制申请), added to the context
    /// for the caller's save once the row has its id: the copied goods and files are part of it, not entries of their own.
    /// </summary>
    public Task RecordCreatedAsync(PermitApplication permit, ClaimsPrincipal user, string how, string text, CancellationToken ct)
    {
        _author = null;
        changes.Note(new PermitChange { PermitApplicationId = permit.Id, Kind = PermitChangeKind.Basic, Field = how, NewValue = text });
        return changes.RecordAsync(user, permit.CreatedAt, ct);
    }

    /// <summary>A change the change tracker cannot see (a bulk insert), for 修改记录 with the next save.</summary>
    public void Note(PermitChange change) => changes.Note(change);

    /// <summary>
    /// Saves, with the 修改记录 entries of what is saved; false when someone else changed the application meanwhile
    /// (then nothing is saved or left tracked, entries included). Any other failure discards the entries too.
    /// </summary>
    public async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            if (_author is { } author)
            {
                await changes.RecordAsync(author.User, author.At, ct);
            }

            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        finally
        {
            _author = null;
            changes.Discard();
        }
    }
}
