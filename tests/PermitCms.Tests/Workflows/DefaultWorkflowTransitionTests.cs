using PermitCms.Accounts.Seeding;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// Every trigger of the seeded default workflow, in every state, for every kind of user: exactly the six
/// rows of the lifecycle table in DESIGN.md are allowed, everything else is refused and changes nothing.
/// </summary>
public sealed class DefaultWorkflowTransitionTests(WorkflowTestApp app) : IClassFixture<WorkflowTestApp>
{
    private static readonly string[] States = ["Draft", "PendingReview", "Approved", "Rejected", "Deleted"];
    private static readonly string[] Triggers = ["submit", "withdraw", "approve", "reject", "revise", "delete"];

    /// <summary>"ent1" owns the items; "ent2" is another enterprise.</summary>
    private static readonly string[] Actors = [DemoAccounts.Enterprise1, DemoAccounts.Enterprise2, DemoAccounts.Reviewer, DemoAccounts.Administrator];

    /// <summary>The lifecycle table, written out by hand: (from, trigger, who) → to.</summary>
    private static readonly Dictionary<(string, string, string), string> Allowed = new()
    {
        [("Draft", "submit", DemoAccounts.Enterprise1)] = "PendingReview",
        [("PendingReview", "withdraw", DemoAccounts.Enterprise1)] = "Draft",
        [("PendingReview", "approve", DemoAccounts.Reviewer)] = "Approved",
        [("PendingReview", "reject", DemoAccounts.Reviewer)] = "Rejected",
        [("Rejected", "revise", DemoAccounts.Enterprise1)] = "Draft",
        [("Draft", "delete", DemoAccounts.Enterprise1)] = "Deleted",
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var state in States)
        {
            foreach (var trigger in Triggers)
            {
                foreach (var actor in Actors)
                {
                    data.Add(state, trigger, actor);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_trigger_is_offered_and_fires_exactly_when_the_table_allows_it(string state, string trigger, string actor)
    {
        var id = await app.CreateItemInStateAsync(state);
        var historyBefore = (await app.HistoryAsync(id)).Count;
        var allowed = Allowed.TryGetValue((state, trigger, actor), out var to);

        var offered = (await app.PermittedAsync(id, actor)).Select(t => t.Code).ToList();
        var result = await app.FireAsync(id, trigger, actor, "测试意见");

        var item = await app.ItemAsync(id);
        var history = await app.HistoryAsync(id);
        if (allowed)
        {
            Assert.Contains(trigger, offered);
            Assert.Equal(WorkflowFireStatus.Succeeded, result.Status);
            Assert.Equal(to, result.NewState);
            Assert.Equal(to, item.WorkflowState);
            Assert.Equal(historyBefore + 1, history.Count);
            var entry = history[^1];
            Assert.Equal((state, to, trigger, "测试意见"), (entry.FromState, entry.ToState, entry.Trigger, entry.Comment));
        }
        else
        {
            Assert.DoesNotContain(trigger, offered);
            Assert.Equal(WorkflowFireStatus.NotPermitted, result.Status);
            Assert.NotEmpty(result.Errors);
            Assert.Equal(state, item.WorkflowState);
            Assert.Equal(historyBefore, history.Count);
        }
    }

    [Fact]
    public async Task The_offered_triggers_in_each_state_are_exactly_the_allowed_ones_in_definition_order()
    {
        foreach (var state in States)
        {
            var id = await app.CreateItemInStateAsync(state);
            foreach (var actor in Actors)
            {
                var expected = Triggers.Where(t => Allowed.ContainsKey((state, t, actor))).ToList();
                var offered = await app.PermittedAsync(id, actor);
                Assert.Equal(expected, offered.Select(t => t.Code).ToList());
            }
        }
    }

    [Fact]
    public async Task Offered_triggers_carry_their_Chinese_names_and_whether_a_comment_is_required()
    {
        var id = await app.CreateItemInStateAsync("PendingReview");

        var offered = await app.PermittedAsync(id, DemoAccounts.Reviewer);

        Assert.Equal(
            [new WorkflowTrigger("approve", "审核通过", "Approve", false), new WorkflowTrigger("reject", "退回", "Return", true)],
            offered);
    }
}
