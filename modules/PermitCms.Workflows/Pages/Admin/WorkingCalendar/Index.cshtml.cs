using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Workflows.Calendar;

namespace PermitCms.Workflows.Pages.Admin.WorkingCalendar;

/// <summary>工作日历: the holidays and adjusted working days of a year, which the time limits count with.</summary>
public sealed class IndexModel(PermitCmsDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public DayInput Input { get; set; } = new();

    public IReadOnlyList<WorkingCalendarDay> Days { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        Input.Name = Input.Name?.Trim() ?? "";
        if (Input.Date is { } date && await db.Set<WorkingCalendarDay>().AnyAsync(d => d.Date == date, cancellationToken))
        {
            ModelState.AddModelError("Input.Date", $"{date:yyyy-MM-dd} 已在日历中，请先删除原有的条目。");
        }

        if (Input.Date is { } weekday && Input.Kind == WorkingDayKind.WorkingDay && weekday.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            ModelState.AddModelError("Input.Kind", $"{weekday:yyyy-MM-dd} 是周{"日一二三四五六"[(int)weekday.DayOfWeek]}，本来就是工作日；调休上班只用于周末。");
        }

        if (!ModelState.IsValid)
        {
            Year ??= Input.Date?.Year;
            await LoadAsync(cancellationToken);
            return Page();
        }

        db.Add(new WorkingCalendarDay { Date = Input.Date!.Value, Kind = Input.Kind!.Value, Name = Input.Name });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"已添加 {Input.Date:yyyy-MM-dd}（{KindName(Input.Kind.Value)}：{Input.Name}）。进行中的时限不变，新进入状态的事项按新日历计算。";
        return RedirectToPage(new { year = Input.Date.Value.Year });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var day = await db.Set<WorkingCalendarDay>().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (day is null)
        {
            TempData["Error"] = "该日期已不在日历中（可能已被他人删除）。";
            return RedirectToPage(new { year = Year });
        }

        db.Remove(day);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = $"已删除 {day.Date:yyyy-MM-dd}（{day.Name}）。";
        return RedirectToPage(new { year = day.Date.Year });
    }

    public static string KindName(WorkingDayKind kind) => kind == WorkingDayKind.Holiday ? "节假日" : "调休上班";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var year = Year is >= 2000 and <= 2100 ? Year.Value : PermitCms.Core.Formatting.DisplayTime.ToChina(time.GetUtcNow().UtcDateTime).Year;
        Year = year;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        Days = await db.Set<WorkingCalendarDay>().AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(cancellationToken);
        var stored = await db.Set<WorkingCalendarDay>().AsNoTracking().Select(d => d.Date.Year).Distinct().ToListAsync(cancellationToken);
        Years = stored.Append(year).Append(year + 1).Distinct().Order().ToList();
    }

    public sealed class DayInput
    {
        [Required(ErrorMessage = "请选择日期。")]
        [Display(Name = "日期")]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessage = "请选择类型。")]
        [Display(Name = "类型")]
        public WorkingDayKind? Kind { get; set; }

        [Required(ErrorMessage = "请填写名称，如「春节」。")]
        [StringLength(WorkingCalendarDay.NameMaxLength, ErrorMessage = "名称不超过 50 个字。")]
        [Display(Name = "名称")]
        public string Name { get; set; } = "";
    }
}
