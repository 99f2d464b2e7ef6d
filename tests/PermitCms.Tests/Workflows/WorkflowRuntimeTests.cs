using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Trial;
using Microsoft.Extensions.DependencyInjection;

namespace PermitCms.Tests.Workflows;

/// <summary>Start, history, comments, guards (including fail-closed ones) and state information.</summary>
public sealed class WorkflowRuntimeTests(WorkflowTestApp app) : IClassFixture<WorkflowTestApp>
{
    [Fact]
    public async Task Starting_puts_the_item_in_the_initial_state_of_the_published_version_with_a_create_entry()
    {
        var id = await app.CreateItemAsync();

        var item = await app.ItemAsync(id);
        var history = Assert.Single(await app.HistoryAsync(id));
        Assert.Equal("Draft", item.WorkflowState);
        Assert.Equal(0, item.WorkflowVersion);
        Assert.Equal(await app.WithDbAsync(db => Task.FromResult(db.Set<WorkflowDefinitionVersion>().Single(v => v.Status == WorkflowVersionStatus.Published).Id)), item.WorkflowDefinitionVersionId);
        Assert.Equal((null, "Draft", "create", "王明"), (history.FromState, history.ToState, history.Trigger, history.UserName));
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), history.ItemId);
    }

    [Fact]
    public async Task History_records_every_transition_in_order_with_user_time_and_comment()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        var id = await app.CreateItemInStateAsync("Rejected");
        Assert.True((await app.FireAsync(id, "revise", DemoAccounts.Enterprise1, "  已补充材料  ")).Succeeded);

        var history = await app.HistoryAsync(id);

        Assert.Equal(["create", "submit", "reject", "revise"], history.Select(h => h.Trigger));
        Assert.Equal(["新建", "申报", "退回", "修改"], history.Select(h => h.TriggerNameZh));
        Assert.Equal(["王明", "王明", "审批员张三", "王明"], history.Select(h => h.UserName));
        Assert.Equal("已补充材料", history[^1].Comment);
        Assert.All(history, h => Assert.InRange(h.OccurredAt, before, DateTime.UtcNow.AddSeconds(1)));
        Assert.Equal(3, (await app.ItemAsync(id)).WorkflowVersion);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Returning_without_a_comment_is_refused_and_changes_nothing(string? comment)
    {
        var id = await app.CreateItemInStateAsync("PendingReview");

        var result = await app.FireAsync(id, "reject", DemoAccounts.Reviewer, comment);

        Assert.Equal(WorkflowFireStatus.CommentRequired, result.Status);
        Assert.Contains("必须填写意见", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal("PendingReview", (await app.ItemAsync(id)).WorkflowState);
        Assert.Equal(2, (await app.HistoryAsync(id)).Count);
    }

    [Fact]
    public async Task A_guard_that_refuses_gives_its_reasons_and_changes_nothing()
    {
        var id = await app.CreateItemAsync(title: TestCompleteGuard.IncompletePrefix + "的申请");

        var result = await app.FireAsync(id, "submit", DemoAccounts.Enterprise1);

        Assert.Equal(WorkflowFireStatus.GuardFailed, result.Status);
        Assert.Equal([TestCompleteGuard.Reason], result.Errors);
        Assert.Equal("Draft", (await app.ItemAsync(id)).WorkflowState);
        Assert.Single(await app.HistoryAsync(id));
    }

    [Fact]
    public async Task State_information_comes_from_the_item_s_pinned_version()
    {
        var id = await app.CreateItemInStateAsync("Deleted");
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IWorkflowService>();

        var state = await service.GetStateAsync(await app.ItemAsync(id));
        var all = await service.GetStatesAsync(PermitApplication.WorkflowName);

        Assert.Equal(new WorkflowStateInfo("Deleted", "已删除", "Deleted", OwnerCanEdit: false, Listed: false, IsFinal: true), state);
        Assert.Equal(["Draft", "PendingReview", "Approved", "Rejected", "Deleted"], all.Select(s => s.Code).Take(5));
        Assert.Contains(all, s => s is { Code: "Draft", NameZh: "暂存", OwnerCanEdit: true });
    }

    [Fact]
    public async Task Starting_a_workflow_that_has_no_published_version_fails_clearly()
    {
        var user = await app.PrincipalAsync(DemoAccounts.Enterprise1);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCms.Core.Data.PermitCmsDbContext>();
        var item = new WorkflowTrialItem { Title = "x" };
        db.Add(item);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<IWorkflowService>().StartAsync(item, "NoSuchWorkflow", user));

        Assert.Contains("NoSuchWorkflow", error.Message, StringComparison.Ordinal);
    }
}
