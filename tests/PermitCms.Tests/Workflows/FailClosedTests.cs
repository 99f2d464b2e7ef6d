using PermitCms.Accounts.Seeding;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// A definition may name a guard or an activity that no module registered (yet): the transition is refused with
/// a clear message, never let through. Each test publishes its own version, so each has its own app.
/// </summary>
public sealed class FailClosedTests
{
    [Fact]
    public async Task A_guard_the_definition_names_but_nobody_registered_refuses_the_transition()
    {
        await using var app = new WorkflowTestApp();
        await app.PublishChangedPermitAsync(d => d.Transitions.Single(t => t.Trigger == "delete").Guards.Add("nobody.registered"));
        var id = await app.CreateItemAsync();

        var result = await app.FireAsync(id, "delete", DemoAccounts.Enterprise1);

        Assert.Equal(WorkflowFireStatus.GuardFailed, result.Status);
        Assert.Contains("「nobody.registered」未在系统中注册", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal("Draft", (await app.ItemAsync(id)).WorkflowState);
    }

    [Fact]
    public async Task An_activity_the_definition_names_but_nobody_registered_refuses_the_transition()
    {
        await using var app = new WorkflowTestApp();
        await app.PublishChangedPermitAsync(d => d.Transitions.Single(t => t.Trigger == "withdraw").Activities.Add(new WorkflowActivityDefinition { Name = "nobody.activity" }));
        var id = await app.CreateItemInStateAsync("PendingReview");

        var result = await app.FireAsync(id, "withdraw", DemoAccounts.Enterprise1);

        Assert.Equal(WorkflowFireStatus.NotPermitted, result.Status);
        Assert.Contains("nobody.activity", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal("PendingReview", (await app.ItemAsync(id)).WorkflowState);
    }
}
