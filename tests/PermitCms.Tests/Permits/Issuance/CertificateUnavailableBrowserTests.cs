using Microsoft.Playwright;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Issuance;

/// <summary>In Chromium: 下载批准单 on a server without the Latin certificate font shows the 503 page in the site's layout.</summary>
public sealed class CertificateUnavailableBrowserTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelPermitCmsFactory _app = (KestrelPermitCmsFactory)new KestrelPermitCmsFactory().Set("Permits:CertificateLatinFontPath", "/nonexistent/fonts/NoSuchFont.ttf");

    [Fact]
    public async Task The_download_shows_the_chinese_explanation_in_the_layout()
    {
        var (id, _) = await IssuedPermits.ApprovedAsync(_app, DemoAccounts.Enterprise1, "PDF-2026-0902");
        var page = await browser.NewPageAsync(_app.BaseUrl);
        await BrowserFixture.SignInAsync(page, DemoAccounts.Enterprise1);
        var response = await page.GotoAsync($"/Permits/Details?id={id}&handler=Certificate");
        Assert.Equal(503, response!.Status);
        await Assertions.Expect(page.Locator("#certificate-unavailable")).ToContainTextAsync("电子批准单暂不可用：服务器缺少生成批准单所需的字体");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("电子批准单暂不可用");
        await BrowserFixture.ScreenshotAsync(page, "certificate-unavailable");
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
