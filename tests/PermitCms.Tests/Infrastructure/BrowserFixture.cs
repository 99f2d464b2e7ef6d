using Microsoft.Playwright;

namespace PermitCms.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the whole test run, driven by Playwright. Playwright's own browser
/// download is never used: the executable is /usr/bin/chromium (or PERMITCMS_CHROMIUM).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _error;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(TestEnvironment.ChromiumPath))
        {
            _error = $"Chromium ({TestEnvironment.ChromiumPath})";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>The browser; skips the test locally (fails it in CI) when Chromium is missing.</summary>
    public IBrowser Browser
    {
        get
        {
            TestEnvironment.RequireDependency(_browser is not null, _error ?? "Chromium");
            return _browser!;
        }
    }

    /// <summary>A fresh context (its own cookies) with a desktop viewport and Chinese locale.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login page (captcha off, as in the test apps) and waits to leave it.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = PermitCms.Accounts.Seeding.DemoAccounts.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.Locator("#login-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Saves a full-page screenshot when PERMITCMS_SCREENSHOTS names a folder (for looking at pages).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("PERMITCMS_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
