using System.Net;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Abstractions;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Review;

/// <summary>
/// 统计分析 on SQLite: the figures of the service, of the page's tables and of the exported workbook equal the ones
/// counted by LINQ over the seeded rows (range edges in China time, resubmissions, withdrawals, deletions included).
/// </summary>
public sealed class StatisticsTests : IAsyncLifetime
{
    private readonly PermitCmsFactory _app = new();
    private readonly StatisticsScenario _scenario = StatisticsScenario.Build();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _scenario.WriteAsync(_app);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Service_page_and_export_show_the_counts_of_the_seeded_rows()
    {
        var expected = new StatisticsExpected(_scenario, StatisticsScenario.Range);
        // The scenario must exercise what it claims to: both edges, every kind of decision, periods without events.
        Assert.True(expected.ReviewTimes["Rejected"].Decisions > 2 && expected.ReviewTimes["Approved"].Decisions > 5);
        Assert.Contains(expected.Weekly, w => w.Received == 0 && w.Approved == 0);

        await StatisticsChecks.ServiceAsync(_app, expected, StatisticsScenario.Range);
        await StatisticsChecks.PageAsync(_app, expected, StatisticsScenario.Range);
        await StatisticsChecks.ExportAsync(_app, expected, StatisticsScenario.Range);
    }

    [Fact]
    public async Task A_narrower_range_counts_only_its_days()
    {
        var march = new StatisticsRange(new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 20));
        var expected = new StatisticsExpected(_scenario, march);

        await StatisticsChecks.ServiceAsync(_app, expected, march);
        await StatisticsChecks.PageAsync(_app, expected, march);
    }

    [Fact]
    public async Task An_empty_range_shows_no_data_and_exports_zeros()
    {
        var empty = new StatisticsRange(new DateOnly(2020, 1, 1), new DateOnly(2020, 2, 29));
        var client = _app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Reviewer);

        var html = await client.GetStringAsync("/Admin/Statistics?" + StatisticsChecks.Query(empty), Ct);

        Assert.Contains("暂无数据", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg class=\"chart-svg\"", html, StringComparison.Ordinal);
        Assert.All(StatisticsChecks.Table(html, "monthly"), r => Assert.Equal([0, 0, 0], r.Value));
        await StatisticsChecks.ExportAsync(_app, new StatisticsExpected(_scenario, empty), empty);
    }

    [Theory]
    [InlineData("From=2026-06-30&To=2026-01-01", "开始日期不能晚于结束日期")]
    [InlineData("From=2026-13-40&To=2026-01-01", "日期格式不正确")]
    [InlineData("From=abc", "日期格式不正确")]
    [InlineData("From=2020-01-01&To=2026-01-01", "统计区间不能超过 3 年")]
    public async Task A_forged_range_gets_a_clear_message_and_no_figures(string query, string message)
    {
        var client = _app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Reviewer);

        var page = await client.GetAsync("/Admin/Statistics?" + query, Ct);
        var export = await client.GetAsync("/Admin/Statistics?handler=Export&" + query, Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (page.StatusCode, export.StatusCode));
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"table-status\"", html, StringComparison.Ordinal);
        Assert.Contains(message, await export.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_range_is_the_last_twelve_months_and_the_menu_names_the_page()
    {
        var client = _app.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);

        var html = await client.GetStringAsync("/Admin/Statistics", Ct);

        var range = StatisticsRange.LastTwelveMonths(DateTime.UtcNow);
        Assert.Contains($"value=\"{range.From:yyyy-MM-dd}\"", html, StringComparison.Ordinal);
        Assert.Equal(12, StatisticsChecks.Table(html, "monthly").Count);
        Assert.Contains("href=\"/Admin/Statistics\">统计分析</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enterprise_users_and_anonymous_visitors_are_kept_out()
    {
        var enterprise = _app.CreateBrowserLikeClient();
        await enterprise.SignInAsync(DemoAccounts.Enterprise1);
        var anonymous = _app.CreateBrowserLikeClient();

        foreach (var url in new[] { "/Admin/Statistics", "/Admin/Statistics?handler=Export" })
        {
            var denied = await enterprise.GetAsync(url, Ct);
            var login = await anonymous.GetAsync(url, Ct);

            Assert.True(denied.StatusCode is HttpStatusCode.Forbidden || denied.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true, $"{url}: {denied.StatusCode}");
            Assert.Contains("/Account/Login", login.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }

        Assert.DoesNotContain("统计分析", await enterprise.GetStringAsync("/", Ct), StringComparison.Ordinal);
    }
}
