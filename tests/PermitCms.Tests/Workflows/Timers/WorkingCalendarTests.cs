using Microsoft.Extensions.DependencyInjection;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Calendar;

namespace PermitCms.Tests.Workflows.Timers;

/// <summary>Working-day arithmetic on the calendar as seeded in a real database (2026: State Council notice).</summary>
public sealed class WorkingCalendarTests(PermitCmsFactory app) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTime China(int month, int day, int hour = 0) => new DateTime(2026, month, day, hour, 0, 0, DateTimeKind.Utc).AddHours(-8);

    private async Task<WorkingCalendar> CalendarAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkingDays>().LoadAsync(Ct);
    }

    [Fact]
    public async Task Twenty_working_days_from_14_September_cross_the_adjusted_Sunday_and_the_mid_autumn_and_national_holidays()
    {
        var calendar = await CalendarAsync();

        // Mon 14 Sep: 15–18, Sun 20 (调休上班), 21–24, (25–27 中秋), 28–30, (1–7 Oct 国庆), 8, 9, Sat 10 (调休上班), 12–16.
        Assert.Equal(China(10, 17), calendar.AddWorkingDays(China(9, 14, 10), 20));
        Assert.Equal(China(10, 14), calendar.AddWorkingDays(China(9, 14, 10), 17));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 9, 20)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 9, 25)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 9, 19)));
    }

    [Fact]
    public async Task The_spring_festival_week_does_not_count_and_its_adjusted_Saturday_does()
    {
        var calendar = await CalendarAsync();

        // Fri 13 Feb: Sat 14 is a working day, 15–23 the holiday, Tue 24 the next working day.
        Assert.Equal(China(2, 15), calendar.AddWorkingDays(China(2, 13, 9), 1));
        Assert.Equal(China(2, 25), calendar.AddWorkingDays(China(2, 13, 9), 2));
        Assert.Equal(1, calendar.Count(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 23)));
    }

    [Fact]
    public async Task Day_boundaries_are_China_time_whatever_the_UTC_date()
    {
        var calendar = await CalendarAsync();

        // 17:00 UTC on Mon 14 Sep is 01:00 on Tue 15 in China: the day of entry is the 15th.
        var entered = new DateTime(2026, 9, 14, 17, 0, 0, DateTimeKind.Utc);
        Assert.Equal(China(9, 17), calendar.AddWorkingDays(entered, 1));
    }

    [Fact]
    public async Task Remaining_days_count_today_and_overdue_days_count_the_working_days_since_the_limit()
    {
        var calendar = await CalendarAsync();
        var entered = China(9, 14, 10);
        var due = calendar.AddWorkingDays(entered, 20);

        Assert.Equal("剩余 20 个工作日", calendar.Status(entered, due, China(9, 14, 15)).Text);
        Assert.Equal("剩余 3 个工作日", calendar.Status(entered, due, China(10, 14, 0)).Text);
        Assert.Equal("剩余 1 个工作日", calendar.Status(entered, due, China(10, 16, 23)).Text);
        var weekend = calendar.Status(entered, due, China(10, 17, 9));
        Assert.True(weekend.Overdue);
        Assert.Equal("已超期 1 个工作日", weekend.Text);
        Assert.Equal("已超期 2 个工作日", calendar.Status(entered, due, China(10, 20, 10)).Text);
    }
}
