using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.DataGen;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Review;

/// <summary>
/// 统计分析 in Chromium over a year of generated applications (bench/PermitCms.DataGen): the menu entry, the
/// charts beside their tables, 查询 with a date range, 重置, and 导出 Excel as a download.
/// </summary>
public sealed class StatisticsBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task A_reviewer_reads_the_charts_narrows_the_range_and_exports()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        var connection = await _app.WithDbAsync(db => Task.FromResult(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database)!));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await BulkWriters.GenerateAsync(postgreSql: false, connection, new GeneratorOptions(3000, 40, 1, 13, today), default);

        await BrowserFixture.SignInAsync(page, DemoAccounts.Reviewer);
        await page.Locator(".admin-sidebar").GetByRole(AriaRole.Link, new() { Name = "统计分析" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("统计分析");
        await Assertions.Expect(page.Locator("#table-monthly tbody tr")).ToHaveCountAsync(12);
        foreach (var chart in new[] { "chart-status", "chart-monthly", "chart-weekly", "chart-port", "chart-country" })
        {
            await Assertions.Expect(page.Locator($"figure[data-chart={chart}] svg title").First).ToBeAttachedAsync();
        }

        var statusTotal = (await page.Locator("#table-status td[data-n='0']").AllInnerTextsAsync()).Sum(int.Parse);
        await Assertions.Expect(page.Locator("#summary .stat-value").First).ToHaveTextAsync(statusTotal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(statusTotal > 1000, $"{statusTotal} applications declared in the year");
        await BrowserFixture.ScreenshotAsync(page, "statistics");

        var from = today.AddMonths(-2);
        await page.Locator("#From").FillAsync(from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.Locator("#table-monthly tbody tr")).ToHaveCountAsync(3);
        Assert.Contains("From=" + from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.Url, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "statistics-range");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export").ClickAsync());
        Assert.StartsWith("统计分析_", download.SuggestedFilename, StringComparison.Ordinal);
        var file = await download.PathAsync();
        Assert.Contains("按原产国", MiniExcelLibs.MiniExcel.GetSheetNames(file));

        await page.GetByRole(AriaRole.Link, new() { Name = "重置" }).ClickAsync();
        await Assertions.Expect(page.Locator("#table-monthly tbody tr")).ToHaveCountAsync(12);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
