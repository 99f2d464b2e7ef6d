using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Pages.Account;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Accounts;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Accounts.Admin;

/// <summary>企业管理 and 用户管理 through real HTTP, as the administrator and as people who may not.</summary>
public sealed partial class EnterpriseAndUserAdminTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DemoAccounts.Reviewer)]
    [InlineData(DemoAccounts.Enterprise1)]
    public async Task Only_administrators_open_the_pages_or_post_to_them(string userName)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(userName);

        foreach (var url in new[] { "/Admin/Enterprises", "/Admin/Enterprises/Edit", "/Admin/Users", "/Admin/Users/Edit" })
        {
            var response = await client.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var before = await factory.WithDbAsync(db => db.Enterprises.CountAsync(Ct));
        var token = await client.GetAntiforgeryTokenAsync(userName == DemoAccounts.Reviewer ? "/Admin" : "/");
        var post = await client.PostAsync("/Admin/Enterprises/Edit", Form(token, ("Input.Name", "X"), ("Input.CreditCode", "91350100M000100Y43"), ("Input.CustomsCode", "1234567890"), ("Input.Address", "X")), Ct);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Enterprises.CountAsync(Ct)));
    }

    [Fact]
    public async Task An_enterprise_with_a_bad_credit_code_or_duplicate_customs_code_is_refused_and_nothing_is_saved()
    {
        var client = await AdminAsync();
        var before = await factory.WithDbAsync(db => db.Enterprises.CountAsync(Ct));

        var badChecksum = await PostEnterpriseAsync(client, "新企业", "91350100M000100Y44", "3501990001");
        Assert.Contains("统一社会信用代码应为 18 位且校验位正确", badChecksum, StringComparison.Ordinal);

        var duplicateCustoms = await PostEnterpriseAsync(client, "新企业", "91350100M000100Y43", "1105960123");
        Assert.Contains("该海关编码已被其他企业使用", duplicateCustoms, StringComparison.Ordinal);

        Assert.Equal(before, await factory.WithDbAsync(db => db.Enterprises.CountAsync(Ct)));
    }

    [Fact]
    public async Task An_administrator_creates_an_enterprise_and_its_user_who_then_signs_in_and_can_be_locked_and_reset()
    {
        var admin = await AdminAsync();
        await PostEnterpriseAsync(admin, "闽海音像进口有限公司", "91350100M000100Y43", "3501990001");
        var enterpriseId = await factory.WithDbAsync(db => db.Enterprises.Where(e => e.CreditCode == "91350100M000100Y43").Select(e => e.Id).SingleAsync(Ct));
        Assert.Contains("闽海音像进口有限公司", await admin.GetStringAsync("/Admin/Enterprises", Ct), StringComparison.Ordinal);

        // An enterprise user must belong to an enterprise.
        var withoutEnterprise = await PostUserAsync(admin, "minhai", null);
        Assert.Contains("企业用户必须属于一个企业", withoutEnterprise, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync("minhai"));

        await PostUserAsync(admin, "minhai", enterpriseId);
        var user = await FindUserAsync("minhai");
        Assert.Equal(enterpriseId, user!.EnterpriseId);

        var person = factory.CreateBrowserLikeClient();
        await person.SignInAsync("minhai", "Start@2026x");
        Assert.Contains("闽海音像进口有限公司", await person.GetStringAsync("/", Ct), StringComparison.Ordinal);

        // Lock: sign-in is refused (open sessions end at the next security-stamp check, within a minute).
        await PostUserActionAsync(admin, "Lock", user.Id);
        var refused = await factory.CreateBrowserLikeClient().LoginAsync("minhai", "Start@2026x");
        Assert.Contains(LoginModel.LockedOut, await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        await PostUserActionAsync(admin, "Unlock", user.Id);
        var page = await PostUserActionAsync(admin, "ResetPassword", user.Id);
        var newPassword = NewPasswordPattern().Match(page).Groups[1].Value;
        Assert.NotEmpty(newPassword);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserLikeClient().LoginAsync("minhai", "Start@2026x")).StatusCode);
        await factory.CreateBrowserLikeClient().SignInAsync("minhai", newPassword);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Administrator);
        return client;
    }

    private static async Task<string> PostEnterpriseAsync(HttpClient client, string name, string creditCode, string customsCode)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Admin/Enterprises/Edit");
        var response = await client.PostAsync("/Admin/Enterprises/Edit", Form(token, ("Input.Name", name), ("Input.CreditCode", creditCode), ("Input.CustomsCode", customsCode), ("Input.Address", "福州市鼓楼区五四路1号"), ("Input.IsActive", "true")), Ct);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static async Task<string> PostUserAsync(HttpClient client, string userName, int? enterpriseId)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Admin/Users/Edit");
        var response = await client.PostAsync("/Admin/Users/Edit", Form(token, ("Input.UserName", userName), ("Input.DisplayName", "陈静"), ("Input.Role", "Enterprise"), ("Input.EnterpriseId", enterpriseId?.ToString() ?? ""), ("Input.Password", "Start@2026x")), Ct);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static async Task<string> PostUserActionAsync(HttpClient client, string handler, string userId)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Admin/Users");
        var response = await client.PostAsync($"/Admin/Users?handler={handler}", Form(token, ("id", userId)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
    }

    private async Task<AppUser?> FindUserAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields)
        => new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    [GeneratedRegex("的新密码：([^（]+)（")]
    private static partial Regex NewPasswordPattern();
}
