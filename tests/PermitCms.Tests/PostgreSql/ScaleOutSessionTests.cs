using System.Net;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;

namespace PermitCms.Tests.PostgreSql;

/// <summary>
/// One browser moving between two instances on one PostgreSQL database: its session and antiforgery tokens hold
/// on both, and what one instance saves the other shows on the very next request.
/// </summary>
[Collection(ScaleOutCluster.Collection)]
public sealed class ScaleOutSessionTests(ScaleOutCluster cluster)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_user_signed_in_on_one_instance_continues_on_the_other_and_a_form_from_one_posts_to_the_other()
    {
        await cluster.StartAsync();
        var (a, b) = cluster.OneBrowser();

        await a.SignInAsync(DemoAccounts.Enterprise1);
        var onB = await b.GetAsync("/Permits/Apply", Ct);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains(DemoAccounts.Enterprise1Name, await onB.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // The token comes from A's page and the post goes to B: B must accept A's antiforgery cookie and token.
        var token = await a.GetAntiforgeryTokenAsync("/Permits/Apply");
        var fields = PermitClient.Basic(null, "0100", "跨实例", "020-88886666");
        fields["__RequestVerificationToken"] = token;
        var saved = await b.PostAsync(PermitClient.HandlerUrl(null, "Save"), new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = PermitClient.IdFrom(saved);

        // Saved on B, shown on A at once.
        Assert.Contains("跨实例", await a.GetStringAsync(PermitClient.PageUrl(id), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_and_a_code_list_change_made_on_one_instance_are_seen_at_once_on_the_other()
    {
        await cluster.StartAsync();
        var enterprise = cluster.OneBrowser();
        await enterprise.A.SignInAsync(DemoAccounts.Enterprise2);
        var admin = cluster.OneBrowser();
        await admin.B.SignInAsync(DemoAccounts.Administrator);

        // 暂存 on A: B's page and B's 查询 list show it on the next request.
        var id = await new PermitClient(enterprise.A).SaveDraftAsync(contact: "甲实例联系人");
        Assert.Contains("甲实例联系人", await enterprise.B.GetStringAsync(PermitClient.PageUrl(id), Ct), StringComparison.Ordinal);
        var number = await cluster.ScalarAsync("SELECT count(*) FROM \"PermitApplications\" WHERE \"Id\" = $1 AND \"ContactName\" = '甲实例联系人'", id);
        Assert.Equal(1, number);

        // A new 入境口岸 added on B appears in A's drop-down at once; deactivated on A, it is gone from B's.
        var token = await admin.B.GetAntiforgeryTokenAsync("/Admin/CodeLists/Edit");
        var add = await admin.B.PostAsync("/Admin/CodeLists/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Id"] = "0", ["Input.ListName"] = "CustomsDistrict", ["Input.Code"] = "3390", ["Input.NameZh"] = "多实例海关",
            ["Input.NameEn"] = "", ["Input.Source"] = "测试", ["Input.IsActive"] = "true", ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Contains("多实例海关", await enterprise.A.GetStringAsync("/Permits/Apply", Ct), StringComparison.Ordinal);

        var itemId = await cluster.ScalarAsync("SELECT \"Id\" FROM \"CodeListItems\" WHERE \"ListName\" = 'CustomsDistrict' AND \"Code\" = '3390'");
        var toggle = await admin.A.PostFormAsync("/Admin/CodeLists", $"/Admin/CodeLists?handler=Toggle&id={itemId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, toggle.StatusCode);
        Assert.DoesNotContain("多实例海关", await enterprise.B.GetStringAsync("/Permits/Apply", Ct), StringComparison.Ordinal);
    }
}
