using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;
using PermitCms.Tests.Permits.Query;

namespace PermitCms.Tests.Permits.Applications;

/// <summary>The rules of 暂存, goods and attachments, through the commands the pages and the API call, on a real database.</summary>
public sealed class ApplicationEditorTests(CommandApp app) : IClassFixture<CommandApp>
{
    private static readonly BasicInput Complete = new() { ApprovalFormNo = "PZ-CMD-1", PortCode = "0100", ContactName = "王明", ContactPhone = "010-12345678" };

    [Fact]
    public async Task The_first_save_numbers_back_fills_and_lists_what_is_still_missing()
    {
        var saved = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1,
            (editor, user) => editor.SaveAsync(null, new BasicInput { ContactName = "王明" }, null, user, default));

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Matches("^YX\\d{12}$", saved.Value!.ApplicationNo);
        Assert.Equal(["批准单编号未填写", "入境口岸未填写", "联系电话未填写"], saved.Value.Missing);
        var permit = await QuerySeed.ReloadAsync(app, saved.Value.Id);
        Assert.Equal((DemoAccounts.Enterprise1Name, PermitStates.Draft, "王明"), (permit.ImporterName, permit.WorkflowState, permit.ContactName));
    }

    [Fact]
    public async Task Bad_fields_come_back_by_field_and_nothing_is_saved()
    {
        var id = await DraftAsync();
        var before = await QuerySeed.ReloadAsync(app, id);

        var result = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1,
            (editor, user) => editor.SaveAsync(id, new BasicInput { ApprovalFormNo = new string('9', 51), PortCode = "XXXX", ContactPhone = "abc" }, null, user, default));

        Assert.Equal(PermitCommandStatus.Invalid, result.Status);
        Assert.Equal(["ApprovalFormNo", "PortCode", "ContactPhone"], result.Errors.Select(e => e.Field));
        var after = await QuerySeed.ReloadAsync(app, id);
        Assert.Equal((before.ApprovalFormNo, before.PortCode, before.Revision), (after.ApprovalFormNo, after.PortCode, after.Revision));
    }

    [Fact]
    public async Task A_number_held_by_a_pending_application_is_refused_on_its_field()
    {
        var holder = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise2, PermitStates.PendingReview);
        var id = await DraftAsync();

        var result = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1,
            (editor, user) => editor.SaveAsync(id, new BasicInput { ApprovalFormNo = holder.ApprovalFormNo }, null, user, default));

        var error = Assert.Single(result.Errors);
        Assert.Equal(("ApprovalFormNo", $"批准单编号“{holder.ApprovalFormNo}”已被另一份待审核或审核通过的申请使用"), (error.Field, error.Message));
    }

    [Fact]
    public async Task A_stale_save_goods_change_or_attachment_change_is_told_and_changes_nothing()
    {
        var id = await DraftAsync();
        var line = await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) => goods.SaveAsync(id, null, CommandApp.Goods(), null, user, default));
        Assert.True(line.Succeeded, line.Message);
        var stale = (await QuerySeed.ReloadAsync(app, id)).Revision;

        // Someone else saves first: the revision moves.
        var other = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1,
            (editor, user) => editor.SaveAsync(id, new BasicInput { ApprovalFormNo = "PZ-OTHER", PortCode = "0100" }, stale, user, default));
        Assert.True(other.Succeeded, other.Message);
        var goodsId = await app.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).Select(g => g.Id).SingleAsync());
        var attachmentId = await AttachAsync(id);
        var snapshot = await SnapshotAsync(id);

        var save = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (editor, user) => editor.SaveAsync(id, Complete, stale, user, default));
        var change = await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) => goods.SaveAsync(id, goodsId, CommandApp.Goods("改过的"), stale, user, default));
        var delete = await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) => goods.DeleteAsync(id, [goodsId], stale, user, default));
        var remove = await app.AsAsync<AttachmentCommands, PermitCommandResult<bool>>(DemoAccounts.Enterprise1, (files, user) => files.RemoveAsync(id, attachmentId, stale, user, default));

        Assert.All(new[] { save.Status, change.Status, delete.Status, remove.Status }, s => Assert.Equal(PermitCommandStatus.Conflict, s));
        Assert.Equal("该申请已被他人修改或状态已变化，请刷新后重试。", save.Message);
        Assert.Equal(snapshot, await SnapshotAsync(id));
    }

    [Fact]
    public async Task Goods_added_at_the_same_moment_all_succeed_with_distinct_line_numbers()
    {
        var id = await DraftAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() =>
            app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) => goods.SaveAsync(id, null, CommandApp.Goods($"节目 {i}"), null, user, default)))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
        var lines = await app.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == id).Select(g => g.LineNo).OrderBy(n => n).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 8), lines);
    }

    [Fact]
    public async Task A_submitted_application_cannot_be_changed_by_any_command()
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var snapshot = await SnapshotAsync(permit.Id);

        var save = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (editor, user) => editor.SaveAsync(permit.Id, Complete, null, user, default));
        var add = await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) => goods.SaveAsync(permit.Id, null, CommandApp.Goods(), null, user, default));
        var import = await app.AsAsync<GoodsImport, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) =>
            goods.ImportAsync(permit.Id, new PermitUpload("商品.xlsx", 10, new MemoryStream(new byte[10])), null, user, default));

        Assert.Equal((PermitCommandStatus.NotEditable, "申请当前为“待审核”状态，不能修改。"), (save.Status, save.Message));
        Assert.Equal(PermitCommandStatus.NotEditable, add.Status);
        Assert.Equal("申请当前为“待审核”状态，不能导入商品。", import.Message);
        Assert.Equal(snapshot, await SnapshotAsync(permit.Id));
    }

    [Fact]
    public async Task An_import_is_all_or_nothing_and_its_problems_name_row_and_column()
    {
        var id = await DraftAsync();
        var bad = PermitTestData.GoodsRow(2);
        bad[PermitCms.Permits.Goods.GoodsField.Quantity.Header] = -1;
        var workbook = PermitTestData.Workbook([PermitTestData.GoodsRow(1), bad]);

        var refused = await ImportAsync(id, workbook);
        var imported = await ImportAsync(id, PermitTestData.Workbook([PermitTestData.GoodsRow(1), PermitTestData.GoodsRow(2)]));

        Assert.Equal(PermitCommandStatus.Invalid, refused.Status);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((3, "数量"), (error.Row, error.Column));
        Assert.Equal((PermitCommandStatus.Succeeded, 2), (imported.Status, imported.Value));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<PermitGoods>().CountAsync(g => g.PermitApplicationId == id)));
    }

    private Task<PermitCommandResult<int>> ImportAsync(int id, byte[] workbook)
        => app.AsAsync<GoodsImport, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) =>
            goods.ImportAsync(id, new PermitUpload("商品.xlsx", workbook.Length, new MemoryStream(workbook)), null, user, default));

    private async Task<int> DraftAsync()
    {
        var saved = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (editor, user) => editor.SaveAsync(null, new BasicInput(), null, user, default));
        return saved.Value!.Id;
    }

    private async Task<int> AttachAsync(int id)
    {
        var bytes = AttachmentTemplate.Build();
        var result = await app.AsAsync<AttachmentCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (files, user) =>
            files.AttachAsync(id, new PermitUpload("节目清单.xlsx", bytes.Length, new MemoryStream(bytes)), null, user, default));
        Assert.True(result.Succeeded, result.Message);
        return result.Value;
    }

    private Task<string> SnapshotAsync(int id) => app.WithDbAsync(async db =>
    {
        var p = await db.Set<PermitApplication>().AsNoTracking().SingleAsync(p => p.Id == id);
        var goods = await db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == id).OrderBy(g => g.Id).Select(g => g.Id + ":" + g.Title).ToListAsync();
        var files = await db.Set<PermitAttachment>().CountAsync(a => a.PermitApplicationId == id);
        return $"{p.ApprovalFormNo}|{p.PortCode}|{p.ContactPhone}|{p.WorkflowState}|{p.Revision}|{string.Join(",", goods)}|{files}";
    });
}
