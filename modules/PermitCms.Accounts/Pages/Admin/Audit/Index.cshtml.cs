using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Auditing;
using PermitCms.Core.Data;
using PermitCms.Core.Formatting;

namespace PermitCms.Accounts.Pages.Admin.Audit;

/// <summary>审计日志: search sign-ins and administrators' actions by time, user and kind; newest first, paged.</summary>
[Authorize(Policy = AccountsPermissions.ViewAuditPolicy)]
public sealed class IndexModel(PermitCmsDbContext db) : PageModel
{
    public const int PageSize = 50;
    public const string BadRange = "开始日期不能晚于结束日期。";

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, "日期格式不正确，请按 年-月-日 填写。");
            return;
        }

        if (From > To)
        {
            ModelState.AddModelError(string.Empty, BadRange);
            return;
        }

        var query = db.Set<AuditEntry>().AsNoTracking();
        if (From is { } from)
        {
            var start = DisplayTime.ChinaDayStartUtc(from);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = DisplayTime.ChinaDayStartUtc(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        if (UserName?.Trim() is { Length: > 0 } name)
        {
            query = query.Where(e => e.UserName != null && e.UserName.Contains(name));
        }

        if (!string.IsNullOrEmpty(Kind))
        {
            query = query.Where(e => e.Kind == Kind);
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
    }

    /// <summary>The current search with another page number, for the pager links.</summary>
    public IDictionary<string, string?> RouteFor(int page) => new Dictionary<string, string?>
    {
        ["From"] = From?.ToString("yyyy-MM-dd"), ["To"] = To?.ToString("yyyy-MM-dd"),
        ["UserName"] = UserName, ["Kind"] = Kind, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
