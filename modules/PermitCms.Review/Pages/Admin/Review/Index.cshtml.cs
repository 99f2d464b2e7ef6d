using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Core.Formatting;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Review.Pages.Admin.Review;

/// <summary>
/// 审核队列: every enterprise's applications. By default the 待审核 ones, oldest first with their waiting
/// time; the enterprise query's conditions plus 企业; a tile per status with its count.
/// </summary>
public sealed class IndexModel(PermitCmsDbContext db, IWorkflowService workflow, CodeListService codeLists, TimeProvider time) : PageModel
{
    public static readonly int[] PageSizes = [10, 20, 50, 100];

    [BindProperty(SupportsGet = true)]
    public string? ApplicationNo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ApprovalFormNo { get; set; }

    /// <summary>A state code; empty means every listed state. Absent from the query string means 待审核.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? EnterpriseId { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int PageSize { get; set; } = 20;

    public IReadOnlyList<WorkflowStateInfo> States { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<(int Id, string Name)> Enterprises { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DateTime Now { get; } = time.GetUtcNow().UtcDateTime;

    public CodeListSnapshot CodeLists { get; private set; } = new([]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Request.Query.ContainsKey(nameof(State)))
        {
            State = PermitStates.PendingReview;
        }

        PageSize = PageSizes.Contains(PageSize) ? PageSize : 20;
        States = (await workflow.GetStatesAsync(PermitApplication.WorkflowName, cancellationToken)).Where(s => s.Listed).ToList();
        var listed = States.Select(s => s.Code).ToList();
        var all = db.Set<PermitApplication>().AsNoTracking().Where(p => listed.Contains(p.WorkflowState));

        Counts = await all.GroupBy(p => p.WorkflowState).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Enterprises = (await db.Enterprises.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken))
            .Select(e => (e.Id, e.Name)).ToList();

        var query = Filter(all);
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        query = State == PermitStates.PendingReview
            ? query.OrderBy(p => p.DeclaredAt).ThenBy(p => p.Id)
            : query.OrderByDescending(p => p.DeclaredAt ?? p.CreatedAt).ThenByDescending(p => p.Id);
        Rows = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.ApplicationNo, p.ApprovalFormNo, p.ImporterName, p.PortCode, p.WorkflowState, p.DeclaredAt))
            .ToListAsync(cancellationToken);
        CodeLists = await codeLists.GetAsync(cancellationToken);
    }

    public string StateName(string code) => States.FirstOrDefault(s => s.Code == code)?.NameZh ?? code;

    /// <summary>The current conditions with one value changed, for links that keep the query.</summary>
    public Dictionary<string, string?> RouteWith(string key, string? value)
    {
        var route = new Dictionary<string, string?>
        {
            [nameof(ApplicationNo)] = ApplicationNo, [nameof(ApprovalFormNo)] = ApprovalFormNo, [nameof(State)] = State ?? "",
            [nameof(From)] = From?.ToString("yyyy-MM-dd"), [nameof(To)] = To?.ToString("yyyy-MM-dd"),
            [nameof(EnterpriseId)] = EnterpriseId?.ToString(), [nameof(PageSize)] = PageSize.ToString(), ["p"] = PageNumber.ToString(),
        };
        route[key] = value;
        return route;
    }

    private IQueryable<PermitApplication> Filter(IQueryable<PermitApplication> query)
    {
        if (!string.IsNullOrWhiteSpace(ApplicationNo))
        {
            query = query.Where(p => p.ApplicationNo == ApplicationNo.Trim());
        }

        if (!string.IsNullOrWhiteSpace(ApprovalFormNo))
        {
            query = query.Where(p => p.ApprovalFormNo == ApprovalFormNo.Trim());
        }

        if (!string.IsNullOrEmpty(State))
        {
            query = query.Where(p => p.WorkflowState == State);
        }

        if (From is { } from)
        {
            var start = DisplayTime.ChinaDayStartUtc(from);
            query = query.Where(p => p.DeclaredAt >= start);
        }

        if (To is { } to)
        {
            var end = DisplayTime.ChinaDayStartUtc(to.AddDays(1));
            query = query.Where(p => p.DeclaredAt < end);
        }

        if (EnterpriseId is { } enterpriseId)
        {
            query = query.Where(p => p.EnterpriseId == enterpriseId);
        }

        return query;
    }

    public sealed record Row(int Id, string ApplicationNo, string? ApprovalFormNo, string ImporterName, string? PortCode, string State, DateTime? DeclaredAt);
}
