using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Auditing;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

/// <summary>A refused sign-in tells nothing about the account: one message for unknown, wrong and locked; each is audited.</summary>
public sealed partial class SignInFailureTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unknown_user_wrong_password_and_locked_account_get_the_very_same_answer()
    {
        var client = factory.CreateBrowserLikeClient();
        var unknown = await ErrorOfAsync(client, "nobody-here", "Wrong@12345");
        var wrong = await ErrorOfAsync(client, DemoAccounts.Enterprise2, "Wrong@12345");
        for (var i = 0; i < 4; i++)
        {
            await ErrorOfAsync(client, DemoAccounts.Enterprise2, "Wrong@12345");
        }

        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Enterprise2).Select(u => u.LockoutEnd).SingleAsync(Ct));
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow, "the account was not locked");
        var locked = await ErrorOfAsync(client, DemoAccounts.Enterprise2, DemoAccounts.Password);

        Assert.Equal(LoginModel.GenericFailure, unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);

        var kinds = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.UserName == DemoAccounts.Enterprise2).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync(Ct));
        Assert.Equal([.. Enumerable.Repeat(AuditKinds.SignInFailed, 4), AuditKinds.LockedOut, AuditKinds.SignInFailed], kinds.TakeLast(6));
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.UserName == "nobody-here" && e.Kind == AuditKinds.SignInFailed && e.Detail.Contains("用户不存在"), Ct)));
    }

    [Fact]
    public async Task A_sign_in_is_audited_with_user_and_method()
    {
        await factory.CreateBrowserLikeClient().SignInAsync(DemoAccounts.Enterprise1);
        var entry = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Kind == AuditKinds.SignInSucceeded && e.UserName == DemoAccounts.Enterprise1).OrderBy(e => e.Id).LastAsync(Ct));
        Assert.Contains(LoginModel.Method, entry.Detail, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - entry.At < TimeSpan.FromMinutes(1));
    }

    /// <summary>Figures only (no assertion on time): how long unknown, wrong and locked take, from a small loop.</summary>
    [Fact]
    public async Task Prints_the_answer_times_of_unknown_wrong_and_locked()
    {
        var client = factory.CreateBrowserLikeClient();
        await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Administrator).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue), Ct));
        var cases = new[] { ("unknown", "nobody-timing"), ("wrong", DemoAccounts.Reviewer), ("locked", DemoAccounts.Administrator) };
        foreach (var (label, name) in cases)
        {
            await ErrorOfAsync(client, name, "Wrong@12345"); // warm-up
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var token = await client.GetAntiforgeryTokenAsync("/Account/Login");
                using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = name, ["Input.Password"] = "Wrong@12345", ["__RequestVerificationToken"] = token });
                var watch = Stopwatch.StartNew();
                (await client.PostAsync("/Account/Login", form, Ct)).EnsureSuccessStatusCode();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"{label}: {string.Join(", ", times.Select(t => t.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
        }

        await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Administrator || u.UserName == DemoAccounts.Reviewer)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null).SetProperty(u => u.AccessFailedCount, 0), Ct));
    }

    private static async Task<string> ErrorOfAsync(HttpClient client, string userName, string password)
    {
        var response = await client.LoginAsync(userName, password);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var match = ErrorPattern().Match(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(match.Success, "no error message on the page");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("validation-summary-errors[^>]*>\\s*<ul>\\s*<li>([^<]+)</li>")]
    private static partial Regex ErrorPattern();
}
