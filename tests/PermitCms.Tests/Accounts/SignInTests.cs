using System.Net;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts;

/// <summary>Sign-in, roles and layouts through real HTTP (captcha off here; see CaptchaTests).</summary>
public sealed class SignInTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/Admin")]
    [InlineData("/Permits/Apply")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string url)
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enterprise_user_sees_the_enterprise_layout_with_its_menu_and_enterprise()
    {
        var client = factory.CreateBrowserLikeClient();
        var login = await client.LoginAsync(DemoAccounts.Enterprise1);
        Assert.Equal("/", login.Headers.Location!.OriginalString);

        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains("音像制品（成品）进口批准单申请", html, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.Enterprise1Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Enterprise2Name, html, StringComparison.Ordinal);
        Assert.Contains("批准单申请", html, StringComparison.Ordinal);
        Assert.Contains("批准单查询", html, StringComparison.Ordinal);
        Assert.Contains(">退出</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enterprise_user_cannot_enter_the_admin_layout()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Enterprise2);

        var response = await client.GetAsync("/Admin", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.Reviewer, "审批员张三")]
    [InlineData(DemoAccounts.Administrator, "系统管理员")]
    public async Task Staff_land_in_the_admin_layout(string userName, string displayName)
    {
        var client = factory.CreateBrowserLikeClient();
        var login = await client.LoginAsync(userName);
        Assert.Equal("/Admin", login.Headers.Location!.OriginalString);

        var html = await client.GetStringAsync("/Admin", Ct);
        Assert.Contains("批准单审批管理", html, StringComparison.Ordinal);
        Assert.Contains(displayName, html, StringComparison.Ordinal);

        var home = await client.GetAsync("/", Ct);
        Assert.Equal("/Admin", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_generic_message()
    {
        var client = factory.CreateBrowserLikeClient();

        var wrongPassword = await (await client.LoginAsync(DemoAccounts.Enterprise2, "Wrong@12345")).Content.ReadAsStringAsync(Ct);
        var unknownUser = await (await client.LoginAsync("nobody", "Wrong@12345")).Content.ReadAsStringAsync(Ct);

        Assert.Contains(LoginModel.GenericFailure, wrongPassword, StringComparison.Ordinal);
        Assert.Contains(LoginModel.GenericFailure, unknownUser, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var client = factory.CreateBrowserLikeClient();
        var token = await client.GetAntiforgeryTokenAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = DemoAccounts.Enterprise1,
            ["Input.Password"] = DemoAccounts.Password,
            ["__RequestVerificationToken"] = token,
        }), Ct);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logout_signs_out_and_needs_the_antiforgery_token()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Enterprise1);

        var forged = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);

        var logout = await client.PostFormAsync("/", "/Account/Logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var after = await client.GetAsync("/", Ct);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
