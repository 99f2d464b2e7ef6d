using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;
using PermitCms.Tests.Permits.Query;

namespace PermitCms.Tests.Permits.Applications;

/// <summary>The one path of every transition, the reviewers' decision, and the enterprise scope of every command.</summary>
public sealed class LifecycleCommandsTests(CommandApp app) : IClassFixture<CommandApp>
{
    [Fact]
    public async Task Submit_lists_everything_missing_then_succeeds_and_sets_the_declaration_date()
    {
        var saved = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (editor, user) => editor.SaveAsync(null, new BasicInput(), null, user, default));
        var id = saved.Value!.Id;

        var refused = await SubmitAsync(id);
        Assert.Equal(PermitCommandStatus.Refused, refused.Status);
        Assert.Contains("至少需要一条商品信息", refused.Errors.Select(e => e.Message));
        Assert.Contains("至少需要上传一个附件", refused.Errors.Select(e => e.Message));
        Assert.Null((await QuerySeed.ReloadAsync(app, id)).DeclaredAt);

        await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (editor, user) =>
            editor.SaveAsync(id, new BasicInput { ApprovalFormNo = "PZ-LC-" + id, PortCode = "0100", ContactName = "王明", ContactPhone = "13800000000" }, null, user, default));
        await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (goods, user) => goods.SaveAsync(id, null, CommandApp.Goods(), null, user, default));
        var bytes = AttachmentTemplate.Build();
        await app.AsAsync<AttachmentCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (files, user) =>
            files.AttachAsync(id, new PermitUpload("节目清单.xlsx", bytes.Length, new MemoryStream(bytes)), null, user, default));

        var submitted = await SubmitAsync(id);

        Assert.True(submitted.Succeeded, submitted.Message);
        Assert.Equal(PermitStates.PendingReview, submitted.Value!.State);
        var permit = await QuerySeed.ReloadAsync(app, id);
        Assert.NotNull(permit.DeclaredAt);
        Assert.Equal(PermitStates.PendingReview, permit.WorkflowState);
    }

    [Fact]
    public async Task A_transition_moves_the_revision_so_an_editor_opened_before_it_is_stale()
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var withdrawn = await app.AsAsync<LifecycleCommands, PermitCommandResult<PermitTransition>>(DemoAccounts.Enterprise1, (c, user) => c.WithdrawAsync(permit.Id, permit.Revision, user, default));
        Assert.True(withdrawn.Succeeded, withdrawn.Message);

        // A page rendered before the withdrawal still carries the old revision.
        var stale = await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (editor, user) =>
            editor.SaveAsync(permit.Id, new BasicInput { ApprovalFormNo = "PZ-STALE" }, permit.Revision, user, default));
        var twice = await app.AsAsync<LifecycleCommands, PermitCommandResult<PermitTransition>>(DemoAccounts.Enterprise1, (c, user) => c.DeleteAsync(permit.Id, permit.Revision, user, default));

        Assert.Equal(PermitCommandStatus.Conflict, stale.Status);
        Assert.Equal((PermitCommandStatus.Conflict, $"删除失败：申请单 {permit.ApplicationNo} 已被他人修改或状态已变化，请刷新后重试。"), (twice.Status, twice.Message));
        var now = await QuerySeed.ReloadAsync(app, permit.Id);
        Assert.Equal((PermitStates.Draft, permit.ApprovalFormNo), (now.WorkflowState, now.ApprovalFormNo));
    }

    [Fact]
    public async Task A_reviewer_returns_with_a_comment_saved_with_the_transition()
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);

        var noComment = await app.AsAsync<IPermitReview, PermitCommandResult<PermitTransition>>(DemoAccounts.Reviewer, (review, user) => review.DecideAsync(permit.Id, PermitTriggers.Reject, "  ", user, default));
        var tooLong = await app.AsAsync<IPermitReview, PermitCommandResult<PermitTransition>>(DemoAccounts.Reviewer, (review, user) => review.DecideAsync(permit.Id, PermitTriggers.Reject, new string('意', 501), user, default));
        var asOwner = await app.AsAsync<IPermitReview, PermitCommandResult<PermitTransition>>(DemoAccounts.Enterprise1, (review, user) => review.DecideAsync(permit.Id, PermitTriggers.Approve, null, user, default));
        Assert.Equal(PermitCommandStatus.Invalid, noComment.Status);
        Assert.Equal("Comment", Assert.Single(tooLong.Errors).Field);
        Assert.Equal(PermitCommandStatus.Refused, asOwner.Status);
        Assert.Equal(PermitStates.PendingReview, (await QuerySeed.ReloadAsync(app, permit.Id)).WorkflowState);

        var returned = await app.AsAsync<IPermitReview, PermitCommandResult<PermitTransition>>(DemoAccounts.Reviewer, (review, user) => review.DecideAsync(permit.Id, PermitTriggers.Reject, " 请补充节目清单 ", user, default));

        Assert.True(returned.Succeeded, returned.Message);
        Assert.Equal($"申请单 {permit.ApplicationNo} 已退回。", returned.Message);
        var now = await QuerySeed.ReloadAsync(app, permit.Id);
        Assert.Equal((PermitStates.Rejected, "请补充节目清单", "审批员张三"), (now.WorkflowState, now.ReviewComment, now.ReviewerName));
    }

    [Fact]
    public async Task Every_command_on_another_enterprises_application_is_not_found_and_changes_nothing()
    {
        var draft = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise2, PermitStates.Draft);
        var pending = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise2, PermitStates.PendingReview);
        var rejected = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise2, PermitStates.Rejected);
        var goodsId = await app.WithDbAsync(db => db.Set<PermitGoods>().Where(g => g.PermitApplicationId == draft.Id).Select(g => g.Id).SingleAsync());
        var attachmentId = await app.WithDbAsync(db => db.Set<PermitAttachment>().Where(a => a.PermitApplicationId == draft.Id).Select(a => a.Id).SingleAsync());
        var bytes = AttachmentTemplate.Build();
        PermitUpload Upload() => new("节目清单.xlsx", bytes.Length, new MemoryStream(bytes));
        var before = await CountsAsync();

        var statuses = new List<PermitCommandStatus>
        {
            (await app.AsAsync<ApplicationEditor, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (c, u) => c.SaveAsync(draft.Id, new BasicInput { ContactName = "入侵者" }, null, u, default))).Status,
            (await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (c, u) => c.SaveAsync(draft.Id, null, CommandApp.Goods(), null, u, default))).Status,
            (await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (c, u) => c.SaveAsync(draft.Id, goodsId, CommandApp.Goods(), null, u, default))).Status,
            (await app.AsAsync<GoodsCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (c, u) => c.DeleteAsync(draft.Id, [goodsId], null, u, default))).Status,
            (await app.AsAsync<GoodsImport, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (c, u) => c.ImportAsync(draft.Id, Upload(), null, u, default))).Status,
            (await app.AsAsync<AttachmentCommands, PermitCommandResult<int>>(DemoAccounts.Enterprise1, (c, u) => c.AttachAsync(draft.Id, Upload(), null, u, default))).Status,
            (await app.AsAsync<AttachmentCommands, PermitCommandResult<bool>>(DemoAccounts.Enterprise1, (c, u) => c.RemoveAsync(draft.Id, attachmentId, null, u, default))).Status,
            (await app.AsAsync<LifecycleCommands, PermitCommandResult<PermitTransition>>(DemoAccounts.Enterprise1, (c, u) => c.SubmitAsync(draft.Id, null, u, default))).Status,
            (await app.AsAsync<LifecycleCommands, PermitCommandResult<PermitTransition>>(DemoAccounts.Enterprise1, (c, u) => c.DeleteAsync(draft.Id, null, u, default))).Status,
            (await app.AsAsync<LifecycleCommands, PermitCommandResult<PermitTransition>>(DemoAccounts.Enterprise1, (c, u) => c.WithdrawAsync(pending.Id, null, u, default))).Status,
            (await app.AsAsync<LifecycleCommands, PermitCommandResult<PermitTransition>>(DemoAccounts.Enterprise1, (c, u) => c.ReviseAsync(rejected.Id, null, u, default))).Status,
            (await app.AsAsync<PermitCopier, PermitCommandResult<SavedApplication>>(DemoAccounts.Enterprise1, (c, u) => c.CopyAsync(pending.Id, u, default))).Status,
        };

        Assert.All(statuses, s => Assert.Equal(PermitCommandStatus.NotFound, s));
        Assert.Equal(before, await CountsAsync());
    }

    private Task<PermitCommandResult<PermitTransition>> SubmitAsync(int id)
        => app.AsAsync<LifecycleCommands, PermitCommandResult<PermitTransition>>(DemoAccounts.Enterprise1, (c, user) => c.SubmitAsync(id, null, user, default));

    private Task<string> CountsAsync() => app.WithDbAsync(async db =>
    {
        var permits = await db.Set<PermitApplication>().AsNoTracking().OrderBy(p => p.Id).Select(p => $"{p.Id}:{p.WorkflowState}:{p.Revision}:{p.ContactName}").ToListAsync();
        return $"{string.Join(",", permits)}|{await db.Set<PermitGoods>().CountAsync()}|{await db.Set<PermitAttachment>().CountAsync()}";
    });
}
