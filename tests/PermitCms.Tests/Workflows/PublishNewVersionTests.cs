using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Security;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// An administrator publishes a second review stage between 待审核 and 审核通过: new items go through it with
/// no code change, items started on the old version keep the old behaviour.
/// </summary>
public sealed class PublishNewVersionTests
{
    [Fact]
    public async Task A_second_review_stage_applies_to_new_items_while_items_in_flight_keep_their_version()
    {
        await using var app = new WorkflowTestApp();
        var oldItem = await app.CreateItemInStateAsync("PendingReview");
        var oldVersion = (await app.ItemAsync(oldItem)).WorkflowDefinitionVersionId;

        var newVersion = await app.PublishChangedPermitAsync(AddSecondReview);

        // The old version is retired, the new one published; the item in flight still points at the old one.
        var statuses = await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().ToDictionaryAsync(v => v.Id, v => v.Status));
        Assert.Equal(WorkflowVersionStatus.Retired, statuses[oldVersion]);
        Assert.Equal(WorkflowVersionStatus.Published, statuses[newVersion]);

        // Old item: approve goes straight to 审核通过, and the new trigger does not exist for it.
        Assert.Equal(["approve", "reject"], (await app.PermittedAsync(oldItem, DemoAccounts.Reviewer)).Select(t => t.Code));
        var old = await app.FireAsync(oldItem, "approve", DemoAccounts.Reviewer);
        Assert.Equal("Approved", old.NewState);

        // New item: approve leads to 复审, which only the administrator may finish here.
        var newItem = await app.CreateItemInStateAsync("PendingReview");
        Assert.Equal(newVersion, (await app.ItemAsync(newItem)).WorkflowDefinitionVersionId);
        Assert.Equal("SecondReview", (await app.FireAsync(newItem, "approve", DemoAccounts.Reviewer)).NewState);
        Assert.Equal(WorkflowFireStatus.NotPermitted, (await app.FireAsync(newItem, "approve2", DemoAccounts.Reviewer)).Status);
        Assert.Equal(["approve2", "reject2"], (await app.PermittedAsync(newItem, DemoAccounts.Administrator)).Select(t => t.Code));
        Assert.Equal(WorkflowFireStatus.CommentRequired, (await app.FireAsync(newItem, "reject2", DemoAccounts.Administrator)).Status);
        Assert.Equal("Approved", (await app.FireAsync(newItem, "approve2", DemoAccounts.Administrator)).NewState);

        var history = await app.HistoryAsync(newItem);
        Assert.Equal(["create", "submit", "approve", "approve2"], history.Select(h => h.Trigger));
        Assert.Equal(["Draft", "PendingReview", "SecondReview", "Approved"], history.Select(h => h.ToState));
        Assert.Equal("Approved", (await app.ItemAsync(oldItem)).WorkflowState);
    }

    [Fact]
    public async Task Only_one_draft_at_a_time_and_published_versions_cannot_be_edited()
    {
        await using var app = new WorkflowTestApp();
        var definitionId = await app.WithDbAsync(db => db.Set<WorkflowDefinition>().Select(d => d.Id).SingleAsync());
        var published = await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().SingleAsync());

        var (draft, _) = await app.WithManagerAsync((m, admin) => m.CreateDraftAsync(definitionId, admin, CancellationToken.None));
        var (second, error) = await app.WithManagerAsync((m, admin) => m.CreateDraftAsync(definitionId, admin, CancellationToken.None));
        var editPublished = await app.WithManagerAsync((m, _) => m.SaveDraftAsync(published.Id, published.Revision, new WorkflowDocument(), CancellationToken.None));
        var staleEdit = await app.WithManagerAsync((m, _) => m.SaveDraftAsync(draft!.Id, draft.Revision - 1, draft.ReadDocument(), CancellationToken.None));

        Assert.Equal(2, draft!.VersionNumber);
        Assert.Null(second);
        Assert.Contains("已有草稿", error, StringComparison.Ordinal);
        Assert.Contains("只有草稿可以修改", editPublished, StringComparison.Ordinal);
        Assert.Equal(WorkflowDefinitionManager.EditConflictMessage, staleEdit);
        Assert.Equal(published.Document, await app.WithDbAsync(db => db.Set<WorkflowDefinitionVersion>().Where(v => v.Id == published.Id).Select(v => v.Document).SingleAsync()));
    }

    /// <summary>PendingReview —approve→ SecondReview (复审) —approve2→ Approved, or —reject2→ Rejected.</summary>
    internal static void AddSecondReview(WorkflowDocument d)
    {
        d.States.Insert(2, new WorkflowStateDefinition { Code = "SecondReview", NameZh = "复审", NameEn = "Second review" });
        d.Transitions.Single(t => t.Trigger == "approve").To = "SecondReview";
        d.Transitions.Add(new WorkflowTransitionDefinition { Trigger = "approve2", NameZh = "复审通过", From = "SecondReview", To = "Approved", Roles = [Roles.Administrator] });
        d.Transitions.Add(new WorkflowTransitionDefinition { Trigger = "reject2", NameZh = "复审退回", From = "SecondReview", To = "Rejected", Roles = [Roles.Administrator], CommentRequired = true });
    }
}
