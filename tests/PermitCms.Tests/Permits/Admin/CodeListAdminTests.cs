using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.CodeLists;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Admin;

/// <summary>代码表 maintenance: view, add, edit, deactivate — administrators only, effective at once.</summary>
public sealed class CodeListAdminTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_seeded_lists_are_shown_with_unconfirmed_values_marked()
    {
        var admin = await SignInAsync(DemoAccounts.Administrator);

        var html = await admin.GetStringAsync("/Admin/CodeLists?list=CustomsDistrict", Ct);

        Assert.Contains("北京海关", html, StringComparison.Ordinal);
        Assert.Contains("待确认", html, StringComparison.Ordinal);
        Assert.Contains("商品编码（85.23）", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/CodeLists?list=Nope", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_adds_a_port_edits_it_and_deactivates_it_which_hides_it_from_the_editor()
    {
        var admin = await SignInAsync(DemoAccounts.Administrator);
        var add = await PostItemAsync(admin, 0, "CustomsDistrict", "3300", "合肥海关", "Hefei Customs");
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);

        var duplicate = await PostItemAsync(admin, 0, "CustomsDistrict", "3300", "合肥海关", "");
        Assert.Contains("已存在", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var item = await factory.WithDbAsync(db => db.Set<CodeListItem>().SingleAsync(i => i.ListName == "CustomsDistrict" && i.Code == "3300", Ct));

        await PostItemAsync(admin, item.Id, "CustomsDistrict", "IGNORED", "合肥海关（新）", "Hefei Customs");
        var edited = await factory.WithDbAsync(db => db.Set<CodeListItem>().AsNoTracking().SingleAsync(i => i.Id == item.Id, Ct));
        Assert.Equal("3300", edited.Code);
        Assert.Equal("合肥海关（新）", edited.NameZh);

        var enterprise = await SignInAsync(DemoAccounts.Enterprise1);
        Assert.Contains("合肥海关（新）", await enterprise.GetStringAsync("/Permits/Apply", Ct), StringComparison.Ordinal);

        var token = await admin.GetAntiforgeryTokenAsync("/Admin/CodeLists");
        var toggle = await admin.PostAsync($"/Admin/CodeLists?handler=Toggle&id={item.Id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, toggle.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<CodeListItem>().Where(i => i.Id == item.Id).Select(i => i.IsActive).SingleAsync(Ct)));
        Assert.DoesNotContain("合肥海关（新）", await enterprise.GetStringAsync("/Permits/Apply", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_and_nothing_is_saved()
    {
        var admin = await SignInAsync(DemoAccounts.Administrator);
        var before = await factory.WithDbAsync(db => db.Set<CodeListItem>().CountAsync(Ct));

        var noName = await PostItemAsync(admin, 0, "Currency", "XYZ", "", "");
        Assert.Contains("至少填写一项", await noName.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var badCode = await PostItemAsync(admin, 0, "Currency", "X Y<", "名称", "");
        Assert.Contains("字母或数字", await badCode.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var badList = await PostItemAsync(admin, 0, "Nope", "ABC", "名称", "");
        Assert.Contains("有效的代码表", await badList.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(before, await factory.WithDbAsync(db => db.Set<CodeListItem>().CountAsync(Ct)));
    }

    [Theory]
    [InlineData(DemoAccounts.Reviewer)]
    [InlineData(DemoAccounts.Enterprise2)]
    public async Task Others_may_not_open_or_change_code_lists(string userName)
    {
        var client = await SignInAsync(userName);
        var page = await client.GetAsync("/Admin/CodeLists", Ct);
        Assert.StartsWith("/Account/AccessDenied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var id = await factory.WithDbAsync(db => db.Set<CodeListItem>().Where(i => i.IsActive).Select(i => i.Id).FirstAsync(Ct));
        var token = await client.GetAntiforgeryTokenAsync(userName == DemoAccounts.Reviewer ? "/Admin" : "/");
        await client.PostAsync($"/Admin/CodeLists?handler=Toggle&id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        Assert.True(await factory.WithDbAsync(db => db.Set<CodeListItem>().Where(i => i.Id == id).Select(i => i.IsActive).SingleAsync(Ct)));
    }

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(userName);
        return client;
    }

    private static async Task<HttpResponseMessage> PostItemAsync(HttpClient client, int id, string list, string code, string nameZh, string nameEn)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Admin/CodeLists/Edit");
        return await client.PostAsync("/Admin/CodeLists/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Id"] = id.ToString(), ["Input.ListName"] = list, ["Input.Code"] = code, ["Input.NameZh"] = nameZh,
            ["Input.NameEn"] = nameEn, ["Input.Source"] = "测试", ["Input.IsActive"] = "true", ["__RequestVerificationToken"] = token,
        }), Ct);
    }
}
