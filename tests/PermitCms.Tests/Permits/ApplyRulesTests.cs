using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits;

/// <summary>Goods dialog, attachments, enterprise isolation, forged posts, the credit code and duplicate 批准单编号.</summary>
public sealed class ApplyRulesTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<PermitClient> NewUserAsync(string? creditCode = null)
    {
        var (user, _) = await PermitTestData.NewEnterpriseUserAsync(factory, creditCode);
        return await PermitClient.SignInAsync(factory, user, PermitTestData.Password);
    }

    private Task<PermitApplication> LoadAsync(int id)
        => factory.WithDbAsync(db => db.Set<PermitApplication>().AsNoTracking().Include(p => p.Goods).Include(p => p.Attachments).SingleAsync(p => p.Id == id));

    [Fact]
    public async Task Goods_need_a_saved_application_first()
    {
        var client = await NewUserAsync();
        var before = await factory.WithDbAsync(db => db.Set<PermitGoods>().CountAsync());

        var response = await client.PostAsync(null, "SaveGoods", PermitTestData.GoodsForm());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Set<PermitGoods>().CountAsync()));
    }

    [Fact]
    public async Task The_goods_dialog_validates_every_field_on_the_server_and_computes_the_total()
    {
        var client = await NewUserAsync();
        var id = await client.SaveDraftAsync();
        var bad = PermitTestData.GoodsForm();
        bad["GoodsForm.Title"] = "";
        bad["GoodsForm.HsCode"] = "1234567890";
        bad["GoodsForm.Quantity"] = "0";
        bad["GoodsForm.UnitPrice"] = "-1";
        bad["GoodsForm.CurrencyCode"] = "XXX"; // a test code, not offered

        var refused = await client.PostAsync(id, "SaveGoods", bad);
        var html = await refused.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("节目名称不能为空", html, StringComparison.Ordinal);
        Assert.Contains("商品编码“1234567890”不在代码表中", html, StringComparison.Ordinal);
        Assert.Contains("数量必须是 1 到", html, StringComparison.Ordinal);
        Assert.Contains("单价必须大于 0", html, StringComparison.Ordinal);
        Assert.Contains("币制“XXX”不在代码表中", html, StringComparison.Ordinal);
        Assert.Contains("data-reopen=\"true\"", html, StringComparison.Ordinal);
        Assert.Empty((await LoadAsync(id)).Goods);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(id, "SaveGoods", PermitTestData.GoodsForm())).StatusCode);
        var line = Assert.Single((await LoadAsync(id)).Goods);
        Assert.Equal(1, line.LineNo);
        Assert.Equal(60.00m, line.TotalPrice); // 3 × 19.999 = 59.997

        // 修改 keeps the line number; 删除 removes it.
        var change = PermitTestData.GoodsForm("卡门（修订）");
        change["GoodsId"] = S(line.Id);
        change["GoodsForm.Quantity"] = "7";
        await client.PostAsync(id, "SaveGoods", change);
        var changed = Assert.Single((await LoadAsync(id)).Goods);
        Assert.Equal(("卡门（修订）", 1, 7, 139.99m), (changed.Title, changed.LineNo, changed.Quantity, changed.TotalPrice));
        await client.PostAsync(id, "DeleteGoods", new Dictionary<string, string> { ["goodsIds"] = S(line.Id) });
        Assert.Empty((await LoadAsync(id)).Goods);
    }

    [Fact]
    public async Task Attachments_must_be_the_template_as_xlsx_within_10_MB_and_can_be_downloaded_and_deleted()
    {
        var client = await NewUserAsync();
        var id = await client.SaveDraftAsync();
        var template = await client.Http.GetByteArrayAsync("/Permits/Apply?handler=AttachmentTemplate", Ct);
        var wrongHeader = PermitTestData.Workbook([PermitTestData.GoodsRow()]);
        var tooBig = new byte[(10 * 1024 * 1024) + 1];
        template.CopyTo(tooBig, 0);

        foreach (var (bytes, name, message) in new[]
        {
            (template, "清单.xls", "附件只能是 .xlsx"),
            (wrongHeader, "清单.xlsx", "附件表头与模板不符"),
            (tooBig, "清单.xlsx", "超过 10 MB"),
            ("not a workbook"u8.ToArray(), "清单.xlsx", "不是有效的 Excel 工作簿"),
        })
        {
            var refused = await client.UploadAsync(id, "UploadAttachment", "attachment", bytes, name);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains(message, await client.GetPageAsync(id), StringComparison.Ordinal);
        }

        Assert.Empty((await LoadAsync(id)).Attachments);

        await client.UploadAsync(id, "UploadAttachment", "attachment", template, "节目清单.xlsx");
        var attachment = Assert.Single((await LoadAsync(id)).Attachments);
        Assert.Equal(("节目清单.xlsx", (long)template.Length), (attachment.FileName, attachment.Size));
        var page = await client.GetPageAsync(id);
        Assert.Contains("节目清单.xlsx", page, StringComparison.Ordinal);
        var download = await client.Http.GetByteArrayAsync($"/Permits/Apply?id={id}&handler=Attachment&attachmentId={attachment.Id}", Ct);
        Assert.Equal(template, download);

        await client.PostAsync(id, "DeleteAttachment", new Dictionary<string, string> { ["attachmentId"] = S(attachment.Id) });
        Assert.Empty((await LoadAsync(id)).Attachments);
    }

    [Fact]
    public async Task Another_enterprise_cannot_see_or_touch_an_application()
    {
        var owner = await NewUserAsync();
        var id = await owner.CompleteDraftAsync("PZ-ISO-1");
        var before = await LoadAsync(id);
        var other = await PermitClient.SignInAsync(factory, DemoAccounts.Enterprise2, DemoAccounts.Password);
        var goodsId = S(before.Goods[0].Id);
        var attachmentId = S(before.Attachments[0].Id);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync(PermitClient.PageUrl(id), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/Permits/Apply?id={id}&handler=Attachment&attachmentId={attachmentId}", Ct)).StatusCode);
        var posts = new (string Handler, Dictionary<string, string> Fields)[]
        {
            ("Save", PermitClient.Basic("PZ-HACK", "0200", "黑客", "13800000000")),
            ("Submit", PermitClient.Basic("PZ-HACK", "0200", "黑客", "13800000000")),
            ("Delete", []),
            ("SaveGoods", new(PermitTestData.GoodsForm("篡改")) { ["GoodsId"] = goodsId }),
            ("DeleteGoods", new() { ["goodsIds"] = goodsId }),
            ("DeleteAttachment", new() { ["attachmentId"] = attachmentId }),
        };
        foreach (var (handler, fields) in posts)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(id, handler, fields)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.UploadAsync(id, "ImportGoods", "file", PermitTestData.Workbook([PermitTestData.GoodsRow()]), "g.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.UploadAsync(id, "UploadAttachment", "attachment", AttachmentTemplate.Build(), "a.xlsx")).StatusCode);

        var after = await LoadAsync(id);
        Assert.Equal((before.ApprovalFormNo, before.WorkflowState, before.UpdatedAt, before.WorkflowVersion), (after.ApprovalFormNo, after.WorkflowState, after.UpdatedAt, after.WorkflowVersion));
        Assert.Equal(before.Goods.Select(g => (g.Id, g.Title)), after.Goods.Select(g => (g.Id, g.Title)));
        Assert.Equal(before.Attachments.Select(a => a.Id), after.Attachments.Select(a => a.Id));
    }

    [Fact]
    public async Task Forged_posts_cannot_set_back_filled_fields_or_reach_lines_of_another_application()
    {
        var client = await NewUserAsync();
        var first = await client.CompleteDraftAsync("PZ-FORGE-1");
        var second = await client.SaveDraftAsync();
        var fields = PermitClient.Basic("PZ-FORGE-1", "0100", "赵新", "020-88886666");
        fields["ImporterName"] = "伪造公司";
        fields["Permit.ImporterName"] = "伪造公司";
        fields["CreditCode"] = "91110105MA01Q8XK3N";
        fields["EnterpriseId"] = "1";
        fields["Permit.WorkflowState"] = "Approved";
        await client.PostAsync(first, "Save", fields);
        var permit = await LoadAsync(first);
        Assert.Equal(("新星音像进出口有限公司", PermitStates.Draft), (permit.ImporterName, permit.WorkflowState));
        Assert.NotEqual("91110105MA01Q8XK3N", permit.CreditCode);

        // A line of the first application addressed through the second: refused, untouched.
        var goodsId = S(permit.Goods[0].Id);
        var change = new Dictionary<string, string>(PermitTestData.GoodsForm("篡改")) { ["GoodsId"] = goodsId };
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(second, "SaveGoods", change)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(second, "DeleteGoods", new Dictionary<string, string> { ["goodsIds"] = goodsId })).StatusCode);
        Assert.Equal("卡门", Assert.Single((await LoadAsync(first)).Goods).Title);

        // Without the antiforgery token nothing is accepted.
        var noToken = await client.Http.PostAsync(PermitClient.HandlerUrl(first, "Delete"), new FormUrlEncodedContent([]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(PermitStates.Draft, (await LoadAsync(first)).WorkflowState);
    }

    [Fact]
    public async Task An_enterprise_whose_credit_code_fails_the_checksum_cannot_submit()
    {
        var valid = PermitTestData.NewCreditCode();
        var broken = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var client = await NewUserAsync(broken);
        var id = await client.CompleteDraftAsync("PZ-CC-1");

        var response = await client.PostAsync(id, "Submit", PermitClient.Basic("PZ-CC-1", "0100", "赵新", "020-88886666"));

        Assert.Contains("统一社会信用代码", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(PermitStates.Draft, (await LoadAsync(id)).WorkflowState);
    }

    [Theory]
    [InlineData(PermitStates.PendingReview)]
    [InlineData(PermitStates.Approved)]
    public async Task An_approval_form_number_held_by_a_pending_or_approved_application_cannot_be_reused(string holderState)
    {
        var number = "PZ-DUP-" + holderState;
        var holder = await NewUserAsync();
        var other = await NewUserAsync();
        var holderId = await holder.CompleteDraftAsync(number);
        var otherId = await other.CompleteDraftAsync(number); // both drafts: allowed
        Assert.Equal(HttpStatusCode.Redirect, (await holder.PostAsync(holderId, "Submit", PermitClient.Basic(number, "0100", "赵新", "020-88886666"))).StatusCode);
        if (holderState == PermitStates.Approved)
        {
            await factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == holderId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.WorkflowState, PermitStates.Approved)));
        }

        var submit = await other.PostAsync(otherId, "Submit", PermitClient.Basic(number, "0100", "赵新", "020-88886666"));
        var save = await other.PostAsync(otherId, "Save", PermitClient.Basic(number, "0200", "钱七", "020-88886666"));
        var fresh = await other.PostAsync(null, "Save", PermitClient.Basic(number, "0100", "钱七", "020-88886666"));

        Assert.Contains("已被另一份待审核或审核通过的申请使用", await submit.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("已被另一份待审核或审核通过的申请使用", await save.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        var otherPermit = await LoadAsync(otherId);
        Assert.Equal((PermitStates.Draft, "0100"), (otherPermit.WorkflowState, otherPermit.PortCode));
    }
}
