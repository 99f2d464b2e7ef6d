using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;
using PermitCms.Tests.Permits.Query;

namespace PermitCms.Tests.Permits.Applications;

/// <summary>修改记录: each command records who changed what (原值 → 新值) with the change itself, and nothing when it fails.</summary>
public sealed class PermitChangeTests(CommandApp app) : IClassFixture<CommandApp>
{
    [Fact]
    public async Task A_new_application_has_one_entry_and_a_save_records_each_changed_field_with_page_labels_and_names()
    {
        var id = await SaveAsync(null, new BasicInput { ContactName = "王明" });
        var created = Assert.Single(await ChangesAsync(id));
        Assert.Equal((PermitChangeKind.Basic, "新增申请", "王明"), (created.Kind, created.Field, created.UserName));

        await SaveAsync(id, new BasicInput { ApprovalFormNo = "PZ-H-1", PortCode = "0100", ContactName = "王明", ContactPhone = "010-12345678" });

        var changes = (await ChangesAsync(id)).Skip(1).ToList();
        Assert.Equal(
            [("批准单编号", null, "PZ-H-1"), ("入境口岸", null, "0100 北京海关"), ("联系电话", null, "010-12345678")],
            changes.Select(c => (c.Field, c.OldValue, c.NewValue)));
        Assert.All(changes, c => Assert.Equal(("王明", PermitChangeKind.Basic), (c.UserName, c.Kind)));
        Assert.All(changes, c => Assert.NotEqual("", c.UserId));

        // The same values again: nothing changed, nothing recorded.
        await SaveAsync(id, new BasicInput { ApprovalFormNo = "PZ-H-1", PortCode = "0100", ContactName = "王明", ContactPhone = "010-12345678" });
        await SaveAsync(id, new BasicInput { ApprovalFormNo = "PZ-H-2", PortCode = "0100", ContactName = "李雷", ContactPhone = "010-12345678" });
        Assert.Equal(
            [("批准单编号", "PZ-H-1", "PZ-H-2"), ("进口单位联系人", "王明", "李雷")],
            (await ChangesAsync(id)).Skip(4).Select(c => (c.Field, c.OldValue, c.NewValue)));
    }

    [Fact]
    public async Task Goods_added_changed_and_deleted_are_recorded_by_line_and_field()
    {
        var id = await SaveAsync(null, new BasicInput());
        var add = await GoodsAsync(id, null, CommandApp.Goods());
        var goodsId = await app.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).Select(g => g.Id).SingleAsync());
        var changed = CommandApp.Goods("卡门（全剧）");
        changed.Quantity = "4";
        changed.CarrierCode = "BD";
        await GoodsAsync(id, goodsId, changed);
        var delete = await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) => goods.DeleteAsync(id, [goodsId], null, user, default));
        Assert.True(add.Succeeded && delete.Succeeded, add.Message + delete.Message);

        var changes = (await ChangesAsync(id)).Skip(1).ToList();
        Assert.All(changes, c => Assert.Equal((PermitChangeKind.Goods, "序号 1", 1, 1), (c.Kind, c.Target, c.LineFrom, c.LineTo)));
        Assert.Equal(
            [
                ("新增商品", "", null, "卡门（8523499020，3 × 19.999 = 60.00 EUR）"),
                ("节目名称", "Title", "卡门", "卡门（全剧）"),
                ("载体", "CarrierCode", "DVD 数字激光视盘", "BD 蓝光光盘"),
                ("数量", "Quantity", "3", "4"),
                ("总价", "TotalPrice", "60.00", "80.00"),
                ("删除商品", "", "卡门（全剧）（8523499020，4 × 19.999 = 80.00 EUR）", null),
            ],
            changes.Select(c => (c.Field, c.Property, c.OldValue, c.NewValue)));
    }

    [Fact]
    public async Task An_import_is_one_entry_however_many_lines_and_a_refused_import_records_nothing()
    {
        var id = await SaveAsync(null, new BasicInput());
        await GoodsAsync(id, null, CommandApp.Goods());
        var bad = PermitTestData.GoodsRow(2);
        bad[PermitCms.Permits.Goods.GoodsField.Quantity.Header] = -1;
        var refused = await ImportAsync(id, PermitTestData.Workbook([PermitTestData.GoodsRow(1), bad]));
        var before = (await ChangesAsync(id)).Count;

        var imported = await ImportAsync(id, PermitTestData.Workbook(Enumerable.Range(1, 300).Select(PermitTestData.GoodsRow)));

        Assert.Equal((PermitCommandStatus.Invalid, PermitCommandStatus.Succeeded), (refused.Status, imported.Status));
        Assert.Equal(2, before);
        var entry = Assert.Single((await ChangesAsync(id)).Skip(before));
        Assert.Equal((PermitChangeKind.Goods, "导入商品", "序号 2–301", 2, 301, "导入 300 条（商品.xlsx）"), (entry.Kind, entry.Field, entry.Target, entry.LineFrom, entry.LineTo, entry.NewValue));
    }

    [Fact]
    public async Task Deleting_many_lines_at_once_is_one_summary_entry()
    {
        var id = await SaveAsync(null, new BasicInput());
        await ImportAsync(id, PermitTestData.Workbook(Enumerable.Range(1, PermitChangeRecorder.LinesOneByOne + 5).Select(PermitTestData.GoodsRow)));
        var ids = await app.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).Select(g => g.Id).ToListAsync());

        var deleted = await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) => goods.DeleteAsync(id, ids, null, user, default));

        Assert.Equal(25, deleted.Value);
        var entry = (await ChangesAsync(id)).Last();
        Assert.Equal(3, (await ChangesAsync(id)).Count); // 新增申请, 导入商品, one 删除商品
        Assert.Equal(("删除商品", "序号 1–25", "共 25 条", (string?)null), (entry.Field, entry.Target, entry.OldValue, entry.NewValue));
    }

    [Fact]
    public async Task Attachments_uploaded_and_deleted_are_recorded_by_file_name_and_a_refused_upload_records_nothing()
    {
        var id = await SaveAsync(null, new BasicInput());
        var refused = await app.AsAsync<AttachmentCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (files, user) =>
            files.AttachAsync(id, new PermitUpload("清单.xls", 10, new MemoryStream(new byte[10])), null, user, default));
        var bytes = AttachmentTemplate.Build();
        var attached = await app.AsAsync<AttachmentCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (files, user) =>
            files.AttachAsync(id, new PermitUpload("节目清单.xlsx", bytes.Length, new MemoryStream(bytes)), null, user, default));
        var removed = await app.AsAsync<AttachmentCommands, PermitCommandResult<bool>>(DemoAccounts.Enterprise1, (files, user) => files.RemoveAsync(id, attached.Value, null, user, default));

        Assert.Equal((PermitCommandStatus.Refused, true, true), (refused.Status, attached.Succeeded, removed.Succeeded));
        Assert.Equal(
            [(PermitChangeKind.Attachment, "节目清单.xlsx", "上传附件", null, "节目清单.xlsx"), (PermitChangeKind.Attachment, "节目清单.xlsx", "删除附件", "节目清单.xlsx", null)],
            (await ChangesAsync(id)).Skip(1).Select(c => (c.Kind, c.Target, c.Field, c.OldValue, c.NewValue)));
    }

    [Fact]
    public async Task A_copy_is_one_created_by_copy_entry_not_one_per_field_line_or_file()
    {
        var source = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Approved);

        var copy = await app.AsAsync<PermitCopier, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (copier, user) => copier.CopyAsync(source.Id, user, default));

        Assert.True(copy.Succeeded, copy.Message);
        var entry = Assert.Single(await ChangesAsync(copy.Value!.Id));
        Assert.Equal(("复制申请", $"复制自申请单 {source.ApplicationNo}"), (entry.Field, entry.NewValue));
        Assert.Empty(await ChangesAsync(source.Id));
    }

    [Fact]
    public async Task Invalid_stale_and_not_editable_commands_record_nothing()
    {
        var id = await SaveAsync(null, new BasicInput());
        await GoodsAsync(id, null, CommandApp.Goods());
        var stale = (await QuerySeed.ReloadAsync(app, id)).Revision;
        await SaveAsync(id, new BasicInput { ContactName = "先到者" });
        var goodsId = await app.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).Select(g => g.Id).SingleAsync());
        var before = await ChangesAsync(id);

        var invalid = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1,
            (editor, user) => editor.SaveAsync(id, new BasicInput { ContactName = "后到者", ContactPhone = "abc" }, null, user, default));
        var staleSave = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1,
            (editor, user) => editor.SaveAsync(id, new BasicInput { ContactName = "后到者" }, stale, user, default));
        var staleGoods = await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1,
            (goods, user) => goods.SaveAsync(id, goodsId, CommandApp.Goods("改过的"), stale, user, default));
        var badGoods = await GoodsAsync(id, goodsId, CommandApp.Goods(""));
        var otherEnterprise = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise2,
            (editor, user) => editor.SaveAsync(id, new BasicInput { ContactName = "别家" }, null, user, default));

        Assert.Equal(
            [PermitCommandStatus.Invalid, PermitCommandStatus.Conflict, PermitCommandStatus.Conflict, PermitCommandStatus.Invalid, PermitCommandStatus.NotFound],
            new[] { invalid.Status, staleSave.Status, staleGoods.Status, badGoods.Status, otherEnterprise.Status });
        Assert.Equal(before.Select(c => c.Id), (await ChangesAsync(id)).Select(c => c.Id));
    }

    [Fact]
    public async Task The_history_is_append_only()
    {
        var id = await SaveAsync(null, new BasicInput());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var entry = await db.Set<PermitChange>().FirstAsync(c => c.PermitApplicationId == id);
            entry.NewValue = "篡改";
            await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_details_page_shows_the_owner_its_changes_and_another_enterprise_nothing()
    {
        var id = await SaveAsync(null, new BasicInput());
        await SaveAsync(id, new BasicInput { ContactName = "记录人甲" });
        var owner = await PermitClient.SignInAsync(app, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var other = await PermitClient.SignInAsync(app, DemoAccounts.Enterprise2, DemoAccounts.Password);

        var html = await owner.Http.GetStringAsync($"/Permits/Details?id={id}");
        var foreign = await other.Http.GetAsync($"/Permits/Details?id={id}");

        Assert.Contains("修改记录", html, StringComparison.Ordinal);
        Assert.Contains("记录人甲", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private async Task<int> SaveAsync(int? id, BasicInput input)
    {
        var saved = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (editor, user) => editor.SaveAsync(id, input, null, user, default));
        Assert.True(saved.Succeeded, saved.Message);
        return saved.Value!.Id;
    }

    private Task<PermitCommandResult<int>> GoodsAsync(int id, int? goodsId, PermitCms.Permits.Goods.GoodsInput input)
        => app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) => goods.SaveAsync(id, goodsId, input, null, user, default));

    private Task<PermitCommandResult<int>> ImportAsync(int id, byte[] workbook)
        => app.AsAsync<GoodsImport, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) =>
            goods.ImportAsync(id, new PermitUpload("商品.xlsx", workbook.Length, new MemoryStream(workbook)), null, user, default));

    private Task<List<PermitChange>> ChangesAsync(int id)
        => app.WithDbAsync(db => db.Set<PermitChange>().AsNoTracking().Where(c => c.PermitApplicationId == id).OrderBy(c => c.Id).ToListAsync());
}
