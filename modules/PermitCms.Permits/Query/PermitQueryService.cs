using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Query;

/// <summary>
/// <see cref="IPermitQueries"/>: 批准单查询 and the 审核队列 over the same conditions. Built for 100,000 rows:
/// every condition is a sargable predicate on an indexed column ((EnterpriseId, WorkflowState, DeclaredAt),
/// (EnterpriseId, CreatedAt), (WorkflowState, DeclaredAt), ApplicationNo, ApprovalFormNo), paging happens in
/// the database and only the list's columns are read.
/// </summary>
public sealed class PermitQueryService(PermitCmsDbContext db, IWorkflowService workflow, CodeListService codeLists) : IPermitQueries
{
    private const int ExactMatchCap = 500;

    private IReadOnlyList<WorkflowStateInfo>? states;

    /// <summary>Every state of the Permit workflow (any version), newest names first.</summary>
    public async Task<IReadOnlyList<WorkflowStateInfo>> StatesAsync(CancellationToken ct)
        => states ??= await workflow.GetStatesAsync(PermitApplication.WorkflowName, ct);

    public async Task<IReadOnlyList<WorkflowStateInfo>> ListedStatesAsync(PermitListScope scope, CancellationToken cancellationToken)
        => [.. (await StatesAsync(cancellationToken)).Where(s => s.Listed && scope.MaySee(s.Code))];

    /// <summary>
    /// The applications of the scope matching the conditions; a state that is not listed (or, for staff, a draft)
    /// matches nothing. Unordered: see <see cref="Order"/>.
    /// </summary>
    public async Task<IQueryable<PermitApplication>> FilterAsync(PermitListScope scope, PermitQuery query, CancellationToken ct)
    {
        var hidden = await HiddenStatesAsync(scope, ct);
        var permits = db.Set<PermitApplication>().AsNoTracking();
        if (scope.EnterpriseId is { } enterprise)
        {
            permits = permits.Where(p => p.EnterpriseId == enterprise);
        }

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

        return permits;
    }

    private async Task<string[]> HiddenStatesAsync(PermitListScope scope, CancellationToken ct)
        => [.. (await StatesAsync(ct)).Where(s => !s.Listed || !scope.MaySee(s.Code)).Select(s => s.Code).Distinct()];

    /// <summary>
    /// The number of matches. Conditions of enterprise and state only (every list's first view, the queue's tiles)
    /// are summed from <see cref="PermitStateCount"/>, which the database keeps exact, instead of counting up to a
    /// million rows; any other condition narrows to an index range and is counted.
    /// </summary>
    private async Task<int> TotalAsync(PermitListScope scope, PermitQuery query, IQueryable<PermitApplication> permits, CancellationToken ct)
    {
        if (query.ApplicationNoTrimmed is not null || query.ApprovalFormNoTrimmed is not null || query.From is not null || query.To is not null)
        {
            return await permits.CountAsync(ct);
        }

        var hidden = await HiddenStatesAsync(scope, ct);
        var counts = db.Set<PermitStateCount>().AsNoTracking();
        if (scope.EnterpriseId is { } enterprise)
        {
            counts = counts.Where(c => c.EnterpriseId == enterprise);
        }

        if (!string.IsNullOrEmpty(query.State))
        {
            var state = query.State;
            if (hidden.Contains(state))
            {
                return 0;
            }

            counts = counts.Where(c => c.WorkflowState == state);
        }
        else if (hidden.Length > 0)
        {
            counts = counts.Where(c => !hidden.Contains(c.WorkflowState));
        }

        return await counts.SumAsync(c => c.Count, ct);
    }

    /// <summary>
    /// For the newest-declared order, the 申报日期 range restated on the ordered expression: DeclaredAt in the range
    /// implies COALESCE(DeclaredAt, CreatedAt) = DeclaredAt, so no row changes, but the planner can then read the
    /// range from the (…, COALESCE(DeclaredAt, CreatedAt), Id) indexes in order instead of walking the whole order.
    /// </summary>
    private static IQueryable<PermitApplication> OrderRange(IQueryable<PermitApplication> permits, PermitQuery query, PermitListOrder order)
    {
        if (order != PermitListOrder.NewestDeclaredFirst)
        {
            return permits;
        }

        if (query.FromUtc is { } from)
        {
            permits = permits.Where(p => (p.DeclaredAt ?? p.CreatedAt) >= from);
        }

        if (query.ToUtcExclusive is { } to)
        {
            permits = permits.Where(p => (p.DeclaredAt ?? p.CreatedAt) < to);
        }

        return permits;
    }

    /// <summary>The list's order; Id breaks ties so that pages never overlap.</summary>
    public static IQueryable<PermitApplication> Order(IQueryable<PermitApplication> permits, PermitListOrder order) => order switch
    {
        PermitListOrder.LongestWaitingFirst => permits.OrderBy(p => p.DeclaredAt).ThenBy(p => p.Id),
        PermitListOrder.NewestDeclaredFirst => permits.OrderByDescending(p => p.DeclaredAt ?? p.CreatedAt).ThenByDescending(p => p.Id),
        _ => permits.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
    };

    private static IQueryable<PermitApplication> Reverse(IQueryable<PermitApplication> permits, PermitListOrder order) => order switch
    {
        PermitListOrder.LongestWaitingFirst => permits.OrderByDescending(p => p.DeclaredAt).ThenByDescending(p => p.Id),
        PermitListOrder.NewestDeclaredFirst => permits.OrderBy(p => p.DeclaredAt ?? p.CreatedAt).ThenBy(p => p.Id),
        _ => permits.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id),
    };

    public async Task<PermitListPage> PageAsync(PermitListScope scope, PermitQuery query, int pageNo, int pageSize, PermitListOrder order, CancellationToken cancellationToken)
    {
        pageSize = PermitQuery.NormalizePageSize(pageSize);
        var permits = OrderRange(await FilterAsync(scope, query, cancellationToken), query, order);
        var total = await TotalAsync(scope, query, permits, cancellationToken);
        pageNo = Math.Clamp(pageNo, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        // OFFSET reads every row it skips: a page past the middle is read from the other end of the same order
        // (the order is total, Id breaks ties, and DESC is the exact reverse of ASC, NULLs included) and turned round.
        var skip = (pageNo - 1) * pageSize;
        var fromEnd = skip > total / 2;
        var ordered = fromEnd
            ? Reverse(permits, order).Skip(Math.Max(0, total - (skip + pageSize))).Take(Math.Min(pageSize, total - skip))
            : Order(permits, order).Skip(skip).Take(pageSize);
        var lines = await ordered
            .Select(p => new { p.Id, p.ApplicationNo, p.ApprovalFormNo, p.EnterpriseId, p.ImporterName, p.PortCode, p.WorkflowState, p.WorkflowDefinitionVersionId, p.DeclaredAt, p.CreatedAt })
            .ToListAsync(cancellationToken);
        if (fromEnd)
        {
            lines.Reverse();
        }

        var codes = await codeLists.GetAsync(cancellationToken);
        var rows = lines.Select(l => new PermitListItem(
            l.Id, l.ApplicationNo, l.ApprovalFormNo, l.EnterpriseId, l.ImporterName, l.PortCode, codes.Label(CodeListNames.CustomsDistrict, l.PortCode),
            l.WorkflowState, l.WorkflowDefinitionVersionId, l.DeclaredAt, l.CreatedAt)).ToList();
        return new PermitListPage(rows, total, pageNo, pageSize);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByStateAsync(PermitListScope scope, CancellationToken cancellationToken)
    {
        var listed = (await ListedStatesAsync(scope, cancellationToken)).Select(s => s.Code).Distinct().ToList();
        var counts = db.Set<PermitStateCount>().AsNoTracking();
        if (scope.EnterpriseId is { } enterprise)
        {
            counts = counts.Where(c => c.EnterpriseId == enterprise);
        }

        // From the kept counts (see TotalAsync), not a GROUP BY over every application; states without any stay absent.
        return await counts.Where(c => listed.Contains(c.WorkflowState))
            .GroupBy(c => c.WorkflowState).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).Where(g => g.Count > 0)
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
