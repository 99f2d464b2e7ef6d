using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Query;

/// <summary>One line of the 批准单查询 list.</summary>
public sealed record PermitRow(int Id, string ApplicationNo, string? ApprovalFormNo, string? PortCode, DateTime? DeclaredAt, DateTime CreatedAt, PermitActionSet Actions);

/// <summary>One page of the list and the total number of matching applications.</summary>
public sealed record PermitPage(IReadOnlyList<PermitRow> Rows, int Total, int PageNo, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// 批准单查询 over an enterprise's applications. Built for 100,000 rows: every condition is a sargable
/// predicate on an indexed column ((EnterpriseId, WorkflowState, DeclaredAt), (EnterpriseId, CreatedAt),
/// ApplicationNo, ApprovalFormNo), paging happens in the database, only the list's columns are read, and the
/// buttons are computed once per distinct (state, version) of the page, never per row.
/// </summary>
public sealed class PermitQueryService(PermitCmsDbContext db, IWorkflowService workflow)
{
    private const int ExactMatchCap = 500;

    private IReadOnlyList<WorkflowStateInfo>? states;

    /// <summary>Every state of the Permit workflow (any version), newest names first.</summary>
    public async Task<IReadOnlyList<WorkflowStateInfo>> StatesAsync(CancellationToken ct)
        => states ??= await workflow.GetStatesAsync(PermitApplication.WorkflowName, ct);

    /// <summary>The states the 状态 condition offers: the listed ones (not e.g. 已删除).</summary>
    public async Task<IReadOnlyList<WorkflowStateInfo>> ListedStatesAsync(CancellationToken ct)
        => [.. (await StatesAsync(ct)).Where(s => s.Listed)];

    /// <summary>The enterprise's listed applications matching the conditions; a state that is not listed matches nothing.</summary>
    public async Task<IQueryable<PermitApplication>> FilterAsync(int enterpriseId, PermitQuery query, CancellationToken ct)
    {
        var all = await StatesAsync(ct);
        var hidden = all.Where(s => !s.Listed).Select(s => s.Code).ToArray();
        var permits = db.Set<PermitApplication>().AsNoTracking().Where(p => p.EnterpriseId == enterpriseId);
        if (!string.IsNullOrEmpty(query.State))
        {
            var state = query.State;
            permits = hidden.Contains(state) ? permits.Where(p => false) : permits.Where(p => p.WorkflowState == state);
        }
        else if (hidden.Length > 0)
        {
            permits = permits.Where(p => !hidden.Contains(p.WorkflowState));
        }

        if (query.ApplicationNoTrimmed is { } no)
        {
            permits = permits.Where(p => p.ApplicationNo == no);
        }

        if (query.ApprovalFormNoTrimmed is { } formNo)
        {
            // Left to itself a planner without statistics (SQLite) walks (EnterpriseId, CreatedAt) to spare the sort
            // rather than use the 批准单编号 index, i.e. reads every row of the enterprise. A number names a handful
            // of applications, so they are looked up by that index first and the rest of the query goes by key.
            var ids = await db.Set<PermitApplication>().AsNoTracking().Where(p => p.ApprovalFormNo == formNo)
                .Select(p => p.Id).Take(ExactMatchCap + 1).ToListAsync(ct);
            permits = ids.Count <= ExactMatchCap ? permits.Where(p => ids.Contains(p.Id)) : permits.Where(p => p.ApprovalFormNo == formNo);
        }

        if (query.FromUtc is { } from)
        {
            permits = permits.Where(p => p.DeclaredAt >= from);
        }

        if (query.ToUtcExclusive is { } to)
        {
            permits = permits.Where(p => p.DeclaredAt < to);
        }

        // Newest first; Id breaks ties so that pages never overlap.
        return permits.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id);
    }

    public async Task<PermitPage> PageAsync(int enterpriseId, PermitQuery query, int pageNo, int pageSize, ClaimsPrincipal user, CancellationToken ct)
    {
        var permits = await FilterAsync(enterpriseId, query, ct);
        var total = await permits.CountAsync(ct);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        pageNo = Math.Clamp(pageNo, 1, pageCount);
        var lines = await permits.Skip((pageNo - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.ApplicationNo, p.ApprovalFormNo, p.PortCode, p.DeclaredAt, p.CreatedAt, p.WorkflowState, p.WorkflowDefinitionVersionId })
            .ToListAsync(ct);

        var sets = new Dictionary<(string, int), PermitActionSet>();
        foreach (var key in lines.Select(l => (l.WorkflowState, l.WorkflowDefinitionVersionId)).Distinct())
        {
            sets[key] = await PermitActionSet.ForAsync(workflow, enterpriseId, key.WorkflowState, key.WorkflowDefinitionVersionId, user, ct);
        }

        var rows = lines.Select(l => new PermitRow(l.Id, l.ApplicationNo, l.ApprovalFormNo, l.PortCode, l.DeclaredAt, l.CreatedAt, sets[(l.WorkflowState, l.WorkflowDefinitionVersionId)])).ToList();
        return new PermitPage(rows, total, pageNo, pageSize);
    }
}
