namespace PermitCms.Workflows.Calendar;

/// <summary>One exception to the weekday rule, a China calendar date; administrators edit them (/Admin/WorkingCalendar).</summary>
public sealed class WorkingCalendarDay
{
    public const int NameMaxLength = 50;

    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public WorkingDayKind Kind { get; set; }

    public string Name { get; set; } = "";
}
