using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Captcha;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Core.Accounts;
using PermitCms.Core.Security;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Hosting;

/// <summary>
/// The app in the Production environment with the test host's own settings (Captcha:Enabled=false): no demo
/// account unless asked for, the captcha asked for all the same, every cookie Secure.
/// </summary>
public sealed class ProductionDefaultsTests
{
    private const string Password = "Chief@2026!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Production, demo data left unset (the test host's Seed:DemoData=true removed).</summary>
    internal static PermitCmsFactory Production() => new PermitCmsFactory().Set("environment", "Production").Set("Seed:DemoData", null);

    [Fact]
    public async Task A_fresh_production_database_has_the_roles_and_no_account()
    {
        await using var app = Production();

        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(Ct)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Enterprises.CountAsync(Ct)));
        Assert.Equal(Roles.All.Order(), await app.WithDbAsync(db => db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync(Ct)));
    }

    [Fact]
    public async Task Demo_data_in_production_only_when_explicitly_enabled()
    {
        await using var app = Production().Set("Seed:DemoData", "true");

        Assert.Equal(5, await app.WithDbAsync(db => db.Users.CountAsync(Ct))); // the demo accounts, customs included
    }

    [Fact]
    public async Task The_sign_in_limits_cannot_be_switched_off_in_production()
    {
        await using var app = Production().Set("SignInLimits:Enabled", "false").Set("SignInLimits:PerAddress", "2");
        var client = HttpsClient(app);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await client.LoginAsync("nobody", Password)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [Fact]
    public async Task The_captcha_cannot_be_switched_off_in_production()
    {
        await using var app = Production();
        await CreateAdministratorAsync(app);
        var client = HttpsClient(app);

        var page = await client.GetStringAsync("/Account/Login", Ct);
        Assert.Contains("id=\"captcha-image\"", page, StringComparison.Ordinal);

        var withoutCaptcha = await client.LoginAsync("chief", Password);
        Assert.Equal(HttpStatusCode.OK, withoutCaptcha.StatusCode);
        Assert.Contains(LoginModel.GenericFailure, await withoutCaptcha.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        (await client.GetAsync(CaptchaService.ImagePath, Ct)).EnsureSuccessStatusCode();
        var answer = await app.WithDbAsync(db => db.Set<CaptchaChallenge>().OrderByDescending(c => c.ExpiresAt).Select(c => c.Answer).FirstAsync(Ct));
        var withCaptcha = await client.LoginAsync("chief", Password, answer);
        Assert.Equal(HttpStatusCode.Redirect, withCaptcha.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin", Ct)).StatusCode);
    }

    [Fact]
    public async Task Cookies_are_secure_in_production_even_on_plain_http()
    {
        await using var app = Production();
        var response = await app.CreateClient().GetAsync("/Account/Login", Ct);

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An in-memory client on https://localhost, so that it sends the Secure cookies back.</summary>
    internal static HttpClient HttpsClient(PermitCmsFactory app) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    private static async Task CreateAdministratorAsync(PermitCmsFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "chief", DisplayName = "总管理员" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Administrator)).Succeeded);
    }
}
