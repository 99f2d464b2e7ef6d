using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Calendar;

namespace PermitCms.Tests.Workflows.Timers;

/// <summary>/Admin/WorkingCalendar over real HTTP: administrators add and remove days; bad input changes nothing.</summary>
public sealed class WorkingCalendarPageTests(PermitCmsFactory app) : IClassFixture<PermitCmsFactory>
{
    private const string Page = "/Admin/WorkingCalendar?year=2027";
    private const string Add = "/Admin/WorkingCalendar?handler=Add";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_administrator_sees_2026_as_seeded_and_adds_and_removes_a_2027_holiday()
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);

        var year2026 = await client.GetStringAsync("/Admin/WorkingCalendar?year=2026", Ct);
        Assert.Contains("data-date=\"2026-02-14\"", year2026, StringComparison.Ordinal);
        Assert.Contains("春节调休上班", year2026, StringComparison.Ordinal);
        Assert.Contains("国庆节", year2026, StringComparison.Ordinal);
        Assert.Contains("href=\"/Admin/WorkingCalendar\">工作日历</a>", year2026, StringComparison.Ordinal);

        var added = await client.PostFormAsync(Page, Add, new Dictionary<string, string> { ["Input.Date"] = "2027-01-01", ["Input.Kind"] = "Holiday", ["Input.Name"] = " 元旦 " });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var after = await client.GetStringAsync(added.Headers.Location!.OriginalString, Ct);
        Assert.Contains("已添加 2027-01-01（节假日：元旦）", after, StringComparison.Ordinal);
        var day = await app.WithDbAsync(db => db.Set<WorkingCalendarDay>().SingleAsync(d => d.Date == new DateOnly(2027, 1, 1), Ct));
        Assert.Equal((WorkingDayKind.Holiday, "元旦"), (day.Kind, day.Name));

        var deleted = await client.PostFormAsync(Page, $"/Admin/WorkingCalendar?handler=Delete&id={day.Id}&year=2027", new Dictionary<string, string>());
        Assert.Contains("已删除 2027-01-01（元旦）", await client.GetStringAsync(deleted.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Set<WorkingCalendarDay>().AnyAsync(d => d.Date == new DateOnly(2027, 1, 1), Ct)));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_and_changes_nothing()
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        var before = await app.WithDbAsync(db => db.Set<WorkingCalendarDay>().CountAsync(Ct));

        var duplicate = await client.PostFormAsync(Page, Add, new Dictionary<string, string> { ["Input.Date"] = "2026-10-01", ["Input.Kind"] = "Holiday", ["Input.Name"] = "国庆节" });
        var weekday = await client.PostFormAsync(Page, Add, new Dictionary<string, string> { ["Input.Date"] = "2027-03-03", ["Input.Kind"] = "WorkingDay", ["Input.Name"] = "调休" });
        var empty = await client.PostFormAsync(Page, Add, new Dictionary<string, string> { ["Input.Date"] = "", ["Input.Kind"] = "", ["Input.Name"] = "" });
        var noToken = await client.PostAsync(Add, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Date"] = "2027-05-01", ["Input.Kind"] = "Holiday", ["Input.Name"] = "劳动节" }), Ct);
        var gone = await client.PostFormAsync(Page, "/Admin/WorkingCalendar?handler=Delete&id=999999&year=2027", new Dictionary<string, string>());

        Assert.Contains("2026-10-01 已在日历中，请先删除原有的条目。", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("本来就是工作日；调休上班只用于周末。", await weekday.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var emptyHtml = await empty.Content.ReadAsStringAsync(Ct);
        Assert.Contains("请选择日期。", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("请选择类型。", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("请填写名称", emptyHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("该日期已不在日历中", await client.GetStringAsync(gone.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<WorkingCalendarDay>().CountAsync(Ct)));
    }

    [Fact]
    public async Task Reviewers_cannot_open_the_calendar()
    {
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Reviewer);

        var response = await client.GetAsync("/Admin/WorkingCalendar", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
