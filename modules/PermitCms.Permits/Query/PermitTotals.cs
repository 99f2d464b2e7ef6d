using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;

namespace PermitCms.Permits.Query;

/// <summary>The totals of <see cref="PermitQueryService"/>: from the kept <see cref="PermitStateCount"/> wherever the conditions allow.</summary>
internal static class PermitTotals
{
    // The total of every enterprise list's first view (批准单查询 without conditions), compiled: it runs on each such request.
    private static readonly CompiledQueryPerModel<Func<PermitCmsDbContext, int, string[], CancellationToken, Task<int>>> EnterpriseTotal = new(() => EF.CompileAsyncQuery(
        (PermitCmsDbContext db, int enterprise, string[] hidden, CancellationToken _) => db.Set<PermitStateCount>()
            .Where(c => c.EnterpriseId == enterprise && !hidden.Contains(c.WorkflowState))
            .Sum(c => c.Count)));

    /// <summary>
    /// The number of matches. Conditions of enterprise and state only (every list's first view, the queue's tiles)
    /// are summed from <see cref="PermitStateCount"/>, which the database keeps exact, instead of counting up to a
    /// million rows; any other condition narrows to an index range and is counted.
    /// </summary>
    public static async Task<int> TotalAsync(PermitCmsDbContext db, string[] hidden, PermitListScope scope, PermitQuery query, IQueryable<PermitApplication> permits, CancellationToken ct)
    {
        if (query.ApplicationNoTrimmed is not null || query.ApprovalFormNoTrimmed is not null || query.From is not null || query.To is not null)
        {
            return await permits.CountAsync(ct);
        }

        if (scope.EnterpriseId is { } listed && string.IsNullOrEmpty(query.State) && hidden.Length > 0)
        {
            return await EnterpriseTotal.For(db)(db, listed, hidden, ct);
        }

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
    public static IQueryable<PermitApplication> OrderRange(IQueryable<PermitApplication> permits, PermitQuery query, PermitListOrder order)
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

    /// <summary>The 审核队列's tiles: the kept counts per listed state, not a GROUP BY over every application; states without any are absent.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountByStateAsync(PermitCmsDbContext db, List<string> listed, PermitListScope scope, CancellationToken ct)
    {
        var counts = db.Set<PermitStateCount>().AsNoTracking();
        if (scope.EnterpriseId is { } enterprise)
        {
            counts = counts.Where(c => c.EnterpriseId == enterprise);
        }

        return await counts.Where(c => listed.Contains(c.WorkflowState))
            .GroupBy(c => c.WorkflowState).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).Where(g => g.Count > 0)
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }
}
