using System.Linq.Expressions;
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
/// the database and only the list's columns are read. Totals of enterprise and state alone come from the kept counts
/// (<see cref="PermitTotals"/>), so that a list's first view does not count up to a million rows (issue 11).
/// </summary>
public sealed class PermitQueryService(PermitCmsDbContext db, IWorkflowService workflow, CodeListService codeLists) : IPermitQueries
{
    private const int ExactMatchCap = 500;

    /// <summary>The list's columns, read by both paths of <see cref="PageCoreAsync"/>.</summary>
    private static readonly Expression<Func<PermitApplication, ListLine>> ToListLine = p => new ListLine(p.Id, p.ApplicationNo, p.ApprovalFormNo, p.EnterpriseId, p.ImporterName, p.PortCode, p.WorkflowState, p.WorkflowDefinitionVersionId, p.DeclaredAt, p.CreatedAt);

    // An enterprise's list without conditions, newest first, in its first half: the first view of every 批准单查询.
    // Compiled, since otherwise EF rebuilds, hashes and looks up the expression on each request (5 % of the page's CPU
    // under load, issue 11). The same SQL as the general path below, which every other shape takes.
    private static readonly CompiledQueryPerModel<Func<PermitCmsDbContext, int, string[], int, int, IAsyncEnumerable<ListLine>>> EnterpriseNewest = new(() => EF.CompileAsyncQuery(
        (PermitCmsDbContext db, int enterprise, string[] hidden, int skip, int take) => db.Set<PermitApplication>().AsNoTracking()
            .Where(p => p.EnterpriseId == enterprise && !hidden.Contains(p.WorkflowState))
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip(skip).Take(take)
            .Select(ToListLine)));

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
        => await FilterAsync(scope, query, await HiddenStatesAsync(scope, ct), ct);

    private async Task<IQueryable<PermitApplication>> FilterAsync(PermitListScope scope, PermitQuery query, string[] hidden, CancellationToken ct)
    {
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
                .OrderBy(p => p.Id).Select(p => p.Id).Take(ExactMatchCap + 1).ToListAsync(ct);
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

    // With a 申报日期 range the matches are one range of (EnterpriseId, DeclaredAt). Ordered by CreatedAt as it is, PostgreSQL
    // walks (EnterpriseId, CreatedAt) backwards and filters, reading every newer row of the enterprise (190 ms at 1M for
    // a month two years back). The same value behind a CASE matches no index: the range is read and only its rows sorted.
    private static IQueryable<PermitApplication> OrderInRange(IQueryable<PermitApplication> permits, bool reverse) => reverse
        ? permits.OrderBy(p => p.DeclaredAt != null ? p.CreatedAt : p.CreatedAt).ThenBy(p => p.Id)
        : permits.OrderByDescending(p => p.DeclaredAt != null ? p.CreatedAt : p.CreatedAt).ThenByDescending(p => p.Id);

    public async Task<PermitListPage> PageAsync(PermitListScope scope, PermitQuery query, int pageNo, int pageSize, PermitListOrder order, CancellationToken cancellationToken)
    {
        // The call's statements (the workflow versions and the code lists' stamp unless this scope has read them already,
        // the 批准单编号 ids, the total, the page) share one connection instead of an open and a close around each,
        // which on SQLite re-registers EF's functions every time (issue 11).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await PageCoreAsync(scope, query, pageNo, pageSize, order, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<PermitListPage> PageCoreAsync(PermitListScope scope, PermitQuery query, int pageNo, int pageSize, PermitListOrder order, CancellationToken cancellationToken)
    {
        pageSize = PermitQuery.NormalizePageSize(pageSize);
        var hidden = await HiddenStatesAsync(scope, cancellationToken);
        var permits = PermitTotals.OrderRange(await FilterAsync(scope, query, hidden, cancellationToken), query, order);
        var total = await PermitTotals.TotalAsync(db, hidden, scope, query, permits, cancellationToken);
        pageNo = Math.Clamp(pageNo, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        // OFFSET reads every row it skips: a page past the middle is read from the other end of the same order
        // (the order is total, Id breaks ties, and DESC is the exact reverse of ASC, NULLs included) and turned round.
        var skip = (pageNo - 1) * pageSize;
        var fromEnd = skip > total / 2;
        var inRange = order == PermitListOrder.NewestCreatedFirst && (query.From is not null || query.To is not null);
        List<ListLine> lines;
        if (scope.EnterpriseId is { } enterprise && !query.HasConditions && hidden.Length > 0 && order == PermitListOrder.NewestCreatedFirst && !fromEnd)
        {
            lines = await EnterpriseNewest.For(db)(db, enterprise, hidden, skip, pageSize).ToListAsync(cancellationToken);
        }
        else
        {
            var ordered = fromEnd
                ? (inRange ? OrderInRange(permits, reverse: true) : Reverse(permits, order)).Skip(Math.Max(0, total - (skip + pageSize))).Take(Math.Min(pageSize, total - skip))
                : (inRange ? OrderInRange(permits, reverse: false) : Order(permits, order)).Skip(skip).Take(pageSize);
            lines = await ordered.Select(ToListLine).ToListAsync(cancellationToken);
        }

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

    /// <summary>The list's columns of one application, as read.</summary>
    private sealed record ListLine(int Id, string ApplicationNo, string? ApprovalFormNo, int EnterpriseId, string ImporterName, string? PortCode, string WorkflowState, int WorkflowDefinitionVersionId, DateTime? DeclaredAt, DateTime CreatedAt);

    public async Task<IReadOnlyDictionary<string, int>> CountByStateAsync(PermitListScope scope, CancellationToken cancellationToken)
        => await PermitTotals.CountByStateAsync(db, (await ListedStatesAsync(scope, cancellationToken)).Select(s => s.Code).Distinct().ToList(), scope, cancellationToken);
}
