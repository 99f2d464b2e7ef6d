using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PermitCms.Core.Accounts;
using PermitCms.Permits.Applications;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Query;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>
/// 批准单查询: the enterprise's applications by 申请单号, 批准单编号, 状态 and 申报日期, paged on the server, with
/// the buttons the workflow permits on each line, and 导出. The conditions live in the query string. The
/// actions (复制, the workflow triggers) are in Query.Actions.cs and also serve the details page.
/// </summary>
public sealed partial class QueryModel(
    IPermitQueries queries,
    IWorkflowService workflow,
    PermitAccess access,
    LifecycleCommands lifecycle,
    PermitCopier copier,
    PermitExport export,
    CodeListService codeLists) : PageModel
{
    [BindProperty(Name = "no", SupportsGet = true)]
    public string? ApplicationNo { get; set; }

    [BindProperty(Name = "formNo", SupportsGet = true)]
    public string? ApprovalFormNo { get; set; }

    [BindProperty(Name = "state", SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(Name = "from", SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(Name = "to", SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>1-based page ("p": "page" is the route value of Razor Pages).</summary>
    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNo { get; set; } = 1;

    [BindProperty(Name = "size", SupportsGet = true)]
    public int PageSize { get; set; } = PermitQuery.DefaultPageSize;

    public PermitQuery Conditions => new(ApplicationNo, ApprovalFormNo, State, From, To);

    public IReadOnlyList<WorkflowStateInfo> States { get; private set; } = [];

    public PermitListPage Result { get; private set; } = new([], 0, 1, PermitQuery.DefaultPageSize);

    /// <summary>The buttons of each row, by its (state, definition version).</summary>
    public IReadOnlyDictionary<(string State, int VersionId), PermitActionSet> ActionSets { get; private set; } = new Dictionary<(string, int), PermitActionSet>();

    public CodeListSnapshot Codes { get; private set; } = null!;

    /// <summary>This list with its conditions and page, where actions come back to.</summary>
    public string ReturnUrl => Request.Path + Request.QueryString;

    public string? DateRangeError => From > To ? "申报日期的开始日期不能晚于结束日期。" : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.GetEnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        States = await queries.ListedStatesAsync(PermitListScope.Enterprise(enterpriseId), ct);
        if (State is not null && States.All(s => s.Code != State))
        {
            // An unknown or unlisted state in a hand-made link is dropped rather than silently matching nothing.
            State = null;
        }

        PageSize = PermitQuery.NormalizePageSize(PageSize);
        Codes = await codeLists.GetAsync(ct);
        Result = await queries.PageAsync(PermitListScope.Enterprise(enterpriseId), Conditions, PageNo, PageSize, PermitListOrder.NewestCreatedFirst, ct);
        ActionSets = await PermitActionSet.ForRowsAsync(workflow, enterpriseId, Result.Rows, User, ct);
        PageNo = Result.PageNo;
        return Page();
    }

    /// <summary>导出: every row of the current conditions, not just this page.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        if (User.GetEnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var file = await export.WriteAsync(enterpriseId, Conditions, ct);
        return File(file, PermitExport.ContentType, export.FileName());
    }

    public PermitActionSet ActionsOf(PermitListItem row) => ActionSets[(row.State, row.WorkflowDefinitionVersionId)];

    /// <summary>Route values for a link to this list with the same conditions (paging, page size, export).</summary>
    public Dictionary<string, string> Link(int? pageNo = null, int? pageSize = null)
    {
        var values = Conditions.RouteValues();
        values["p"] = (pageNo ?? PageNo).ToString(System.Globalization.CultureInfo.InvariantCulture);
        values["size"] = (pageSize ?? PageSize).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
