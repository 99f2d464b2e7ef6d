using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>批准单申请 through real HTTP: 新增, 暂存, 申报, 删除 and the rules of the basic information.</summary>
public sealed class ApplyTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private async Task<PermitClient> NewUserAsync(string? creditCode = null)
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(factory, creditCode);
        return await PermitClient.SignInAsync(factory, user, PermitTestData.Password);
    }

    private Task<PermitApplication> LoadAsync(int id)
        => factory.WithDbAsync(db => db.Set<PermitApplication>().AsNoTracking().Include(p => p.Goods).Include(p => p.Attachments).SingleAsync(p => p.Id == id));

    [Fact]
    public async Task New_shows_the_enterprise_back_filled_and_the_manual_fields_marked_required()
    {
        var client = await PermitClient.SignInAsync(factory, DemoAccounts.Enterprise1, DemoAccounts.Password);

        var html = await client.GetPageAsync(null);

        Assert.Contains($"value=\"{DemoAccounts.Enterprise1Name}\" readonly", html, StringComparison.Ordinal);
        Assert.Contains("value=\"91110105MA01Q8XK3N\" readonly", html, StringComparison.Ordinal);
        foreach (var field in new[] { "Basic_ApprovalFormNo", "Basic_PortCode", "Basic_ContactName", "Basic_ContactPhone" })
        {
            Assert.Matches($"class=\"form-(control|select) field-required\"[^>]*id=\"{field}\"", html);
        }

        Assert.Contains("<option value=\"0100\">0100 北京海关</option>", html, StringComparison.Ordinal);
        Assert.Contains("待确认", html, StringComparison.Ordinal); // G-only districts are marked
        Assert.Matches("id=\"goods-add\" disabled", html);
    }

    [Fact]
    public async Task Save_keeps_an_incomplete_draft_assigns_the_number_and_lists_the_empty_fields()
    {
        var client = await NewUserAsync();

        var id = await client.SaveDraftAsync(approvalFormNo: "  ", port: null, contact: "赵新", phone: null);

        var permit = await LoadAsync(id);
        Assert.Matches(@"^YX\d{8}\d{4}$", permit.ApplicationNo);
        Assert.Equal(PermitStates.Draft, permit.WorkflowState);
        Assert.Null(permit.ApprovalFormNo);
        Assert.Equal("赵新", permit.ContactName);
        Assert.Equal("新星音像进出口有限公司", permit.ImporterName);
        var html = await client.GetPageAsync(id);
        Assert.Contains(permit.ApplicationNo, html, StringComparison.Ordinal);
        Assert.Contains("存在未填写信息", html, StringComparison.Ordinal);
        Assert.Contains("批准单编号未填写", html, StringComparison.Ordinal);
        Assert.Contains("入境口岸未填写", html, StringComparison.Ordinal);
        Assert.Contains("联系电话未填写", html, StringComparison.Ordinal);
        Assert.DoesNotContain("进口单位联系人未填写", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("id=\"goods-add\" disabled", html);

        // The buttons post back to this application, not to a new one.
        foreach (var handler in new[] { "Save", "Submit", "Delete" })
        {
            Assert.Contains($"formaction=\"/Permits/Apply?id={id}&amp;handler={handler}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Basic.ApprovalFormNo", "123456789012345678901234567890123456789012345678901", "不能超过50个字符")]
    [InlineData("Basic.PortCode", "9999", "不在关区代码表中")]
    [InlineData("Basic.ContactPhone", "call me", "联系电话只能包含")]
    [InlineData("Basic.ContactName", "这是一个非常长的联系人名字这是一个非常长的联系人名字这是一个非常长的联系人名字这是一个非常长的联系人名字", "不能超过50个字符")]
    public async Task Save_refuses_bad_basic_fields_and_changes_nothing(string field, string value, string message)
    {
        var client = await NewUserAsync();
        var id = await client.SaveDraftAsync("PZ-BASIC-1");
        var fields = PermitClient.Basic("PZ-BASIC-2", "0200", "钱七", "010-1234567");
        fields[field] = value;

        var response = await client.PostAsync(id, "Save", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var permit = await LoadAsync(id);
        Assert.Equal("PZ-BASIC-1", permit.ApprovalFormNo);
        Assert.Equal("0100", permit.PortCode);
    }

    [Fact]
    public async Task Approval_form_number_is_trimmed()
    {
        var client = await NewUserAsync();
        var id = await client.SaveDraftAsync("  PZ-TRIM-1  ");
        Assert.Equal("PZ-TRIM-1", (await LoadAsync(id)).ApprovalFormNo);
    }

    [Fact]
    public async Task Submit_refuses_an_incomplete_application_listing_everything_missing()
    {
        var client = await NewUserAsync();
        var id = await client.SaveDraftAsync(approvalFormNo: null, phone: null);

        var response = await client.PostAsync(id, "Submit", PermitClient.Basic(null, "0100", "赵新", null));

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("申报未成功", html, StringComparison.Ordinal);
        foreach (var missing in new[] { "批准单编号未填写", "联系电话未填写", "至少需要一条商品信息", "至少需要上传一个附件" })
        {
            Assert.Contains(missing, html, StringComparison.Ordinal);
        }

        var permit = await LoadAsync(id);
        Assert.Equal(PermitStates.Draft, permit.WorkflowState);
        Assert.Null(permit.DeclaredAt);
    }

    [Fact]
    public async Task Submit_of_a_complete_application_moves_it_to_pending_review_and_makes_it_read_only()
    {
        var client = await NewUserAsync();
        var id = await client.CompleteDraftAsync("PZ-SUBMIT-1");

        var response = await client.PostAsync(id, "Submit", PermitClient.Basic("PZ-SUBMIT-1", "0100", "赵新", "020-88886666"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var permit = await LoadAsync(id);
        Assert.Equal(PermitStates.PendingReview, permit.WorkflowState);
        Assert.NotNull(permit.DeclaredAt);
        Assert.InRange(permit.DeclaredAt!.Value, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        var html = await client.GetPageAsync(id);
        Assert.Contains(">待审核</span>", html, StringComparison.Ordinal);
        Assert.Matches("id=\"btn-save\"[^>]*disabled", html);

        // Read-only now: saving, goods, attachments and delete are all refused and change nothing.
        await client.PostAsync(id, "Save", PermitClient.Basic("PZ-CHANGED", "0200", "x", "12345"));
        await client.PostAsync(id, "SaveGoods", PermitTestData.GoodsForm("后来加的"));
        await client.PostAsync(id, "DeleteAttachment", new Dictionary<string, string> { ["attachmentId"] = permit.Attachments[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await client.PostAsync(id, "Delete");
        var after = await LoadAsync(id);
        Assert.Equal("PZ-SUBMIT-1", after.ApprovalFormNo);
        Assert.Single(after.Goods);
        Assert.Single(after.Attachments);
        Assert.Equal(PermitStates.PendingReview, after.WorkflowState);
    }

    [Fact]
    public async Task Delete_removes_a_draft_from_the_editor_and_keeps_it_for_audit()
    {
        var client = await NewUserAsync();
        var id = await client.SaveDraftAsync("PZ-DEL-1");

        var response = await client.PostAsync(id, "Delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PermitStates.Deleted, (await LoadAsync(id)).WorkflowState);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(PermitClient.PageUrl(id), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Application_numbers_are_unique_under_concurrent_first_saves()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => NewUserAsync()));

        var ids = await Task.WhenAll(clients.SelectMany(c => Enumerable.Range(0, 5).Select(_ => c.SaveDraftAsync())));

        var numbers = await factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => ids.Contains(p.Id)).Select(p => p.ApplicationNo).ToListAsync());
        Assert.Equal(20, numbers.Count);
        Assert.Equal(20, numbers.Distinct().Count());
    }
}
