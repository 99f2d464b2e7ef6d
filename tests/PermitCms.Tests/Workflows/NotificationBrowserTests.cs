using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Notifications;

namespace PermitCms.Tests.Workflows;

/// <summary>In Chromium: the enterprise user sees the unread count in the Single Window header, reads the list, marks all read.</summary>
public sealed class NotificationBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = new();

    [Fact]
    public async Task The_badge_counts_unread_notifications_and_the_list_marks_them_read()
    {
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await _app.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.UserName == DemoAccounts.Enterprise1).Select(u => u.Id).SingleAsync();
            db.AddRange(
                new Notification { UserId = userId, Title = "申请单 YX001：退回", Body = "审批员张三 执行了「退回」，当前状态：退回。 意见：请补充节目清单", CreatedAt = DateTime.UtcNow.AddMinutes(-5) },
                new Notification { UserId = userId, Title = "申请单 YX002：审核通过", Body = "审批员张三 执行了「审核通过」，当前状态：审核通过。", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        await BrowserFixture.SignInAsync(page, DemoAccounts.Enterprise1);
        await Assertions.Expect(page.Locator("#notification-unread")).ToHaveTextAsync("2");
        await BrowserFixture.ScreenshotAsync(page, "notifications-badge");

        await page.Locator("#notification-badge").ClickAsync();
        await Assertions.Expect(page.Locator("#notifications .list-group-item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#notifications .list-group-item").First).ToContainTextAsync("申请单 YX002：审核通过");
        await BrowserFixture.ScreenshotAsync(page, "notifications-list");

        await page.Locator("#read-all").ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("已将 2 条通知标为已读");
        await Assertions.Expect(page.Locator("#notification-unread")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#unread-count")).ToHaveTextAsync("0");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
