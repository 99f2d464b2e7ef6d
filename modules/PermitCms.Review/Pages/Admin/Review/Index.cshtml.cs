using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Abstractions;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Review.Pages.Admin.Review;

/// <summary>
/// 审核队列: every enterprise's applications through the Permits module's one query (<see cref="IPermitQueries"/>).
/// By default the 待审核 ones, oldest first with their waiting time; the enterprise query's conditions plus 企业;
/// a tile per status with its count.
/// </summary>
public sealed class IndexModel(PermitCmsDbContext db, IPermitQueries queries, IWorkflowDeadlines deadlines, TimeProvider time) : PageModel
{
    public static IReadOnlyList<int> PageSizes => PermitQuery.PageSizes;

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
    public int PageSize { get; set; } = PermitQuery.DefaultPageSize;

    public IReadOnlyList<WorkflowStateInfo> States { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<(int Id, string Name)> Enterprises { get; private set; } = [];

    public IReadOnlyList<PermitListItem> Rows { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The open time limit of the rows that have one, by application id (one query for the page).</summary>
    public IReadOnlyDictionary<string, WorkflowDeadlineInfo> Deadlines { get; private set; } = new Dictionary<string, WorkflowDeadlineInfo>();

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public DateTime Now { get; } = time.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Request.Query.ContainsKey(nameof(State)))
        {
            State = PermitStates.PendingReview;
        }

        PageSize = PermitQuery.NormalizePageSize(PageSize);
        var everyone = PermitListScope.AllEnterprises();
        States = await queries.ListedStatesAsync(everyone, cancellationToken);
        Counts = await queries.CountByStateAsync(everyone, cancellationToken);
        Enterprises = (await db.Enterprises.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken))
            .Select(e => (e.Id, e.Name)).ToList();

        var order = State == PermitStates.PendingReview ? PermitListOrder.LongestWaitingFirst : PermitListOrder.NewestDeclaredFirst;
        var page = await queries.PageAsync(PermitListScope.AllEnterprises(EnterpriseId), new PermitQuery(ApplicationNo, ApprovalFormNo, State, From, To), PageNumber, PageSize, order, cancellationToken);
        (Rows, Total, PageNumber) = (page.Rows, page.Total, page.PageNo);
        Deadlines = await deadlines.GetOpenAsync(PermitWorkflowItem.ItemType, Rows.Select(r => DeadlineKey(r.Id)).ToList(), cancellationToken);
    }

    public WorkflowDeadlineInfo? DeadlineOf(PermitListItem row) => Deadlines.GetValueOrDefault(DeadlineKey(row.Id));

    private static string DeadlineKey(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
}
