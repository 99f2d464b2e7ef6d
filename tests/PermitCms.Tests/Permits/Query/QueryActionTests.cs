using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using static PermitCms.Tests.Permits.Query.QueryPages;

namespace PermitCms.Tests.Permits.Query;

/// <summary>撤回, 删除, 修改 and 申报 from the list: allowed where the workflow allows them, refused with a message elsewhere.</summary>
public sealed class QueryActionTests(PermitCmsFactory app) : IClassFixture<PermitCmsFactory>
{
    [Theory]
    [InlineData(PermitStates.Draft)]
    [InlineData(PermitStates.Approved)]
    [InlineData(PermitStates.Rejected)]
    public async Task Withdraw_is_refused_outside_pending_review_and_changes_nothing(string state)
        => await AssertRefusedAsync(state, "withdraw", "撤回失败");

    [Theory]
    [InlineData(PermitStates.PendingReview)]
    [InlineData(PermitStates.Approved)]
    [InlineData(PermitStates.Rejected)]
    public async Task Delete_is_refused_outside_draft_and_changes_nothing(string state)
        => await AssertRefusedAsync(state, "delete", "删除失败");

    [Theory]
    [InlineData(PermitStates.PendingReview)]
    [InlineData(PermitStates.Approved)]
    public async Task Editing_is_refused_where_the_owner_may_not_edit(string state)
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, state);
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);
        Assert.DoesNotContain("edit", RowActions(await client.GetStringAsync($"/Permits/Query?no={permit.ApplicationNo}"), permit.Id));

        var response = await client.PostFormAsync($"/Permits/Apply?id={permit.Id}", $"/Permits/Apply?id={permit.Id}&handler=Save", new Dictionary<string, string>
        {
            ["Basic.ApprovalFormNo"] = permit.ApprovalFormNo!, ["Basic.PortCode"] = "2200", ["Basic.ContactName"] = "李四", ["Basic.ContactPhone"] = "021-1234",
        });

        Assert.Contains("不能修改", await FollowAsync(client, response), StringComparison.Ordinal);
        var after = await QuerySeed.ReloadAsync(app, permit.Id);
        Assert.Equal(("0200", "王明", state), (after.PortCode, after.ContactName, after.WorkflowState));
    }

    [Fact]
    public async Task Withdraw_takes_a_pending_application_back_to_draft_and_is_recorded()
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);

        var page = await FollowAsync(client, await PostActionAsync(client, "Fire", permit.Id, "withdraw"));

        Assert.Contains($"申请单 {permit.ApplicationNo} 已撤回，当前状态：暂存。", page, StringComparison.Ordinal);
        Assert.Equal(PermitStates.Draft, (await QuerySeed.ReloadAsync(app, permit.Id)).WorkflowState);
        var last = (await QuerySeed.HistoryAsync(app, permit.Id))[^1];
        Assert.Equal(("withdraw", PermitStates.PendingReview, PermitStates.Draft, "王明"), (last.Trigger, last.FromState, last.ToState, last.UserName));
        Assert.Equal(["edit", "submit", "delete", "copy"], RowActions(page, permit.Id));
    }

    [Fact]
    public async Task Revise_after_a_return_goes_back_to_draft_in_the_editor()
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Rejected);
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);

        var response = await PostActionAsync(client, "Fire", permit.Id, "revise");

        Assert.Equal($"/Permits/Apply?id={permit.Id}", response.Headers.Location?.OriginalString);
        Assert.Contains("已转为暂存，修改后可重新申报", await FollowAsync(client, response), StringComparison.Ordinal);
        Assert.Equal(PermitStates.Draft, (await QuerySeed.ReloadAsync(app, permit.Id)).WorkflowState);
    }

    [Fact]
    public async Task Delete_hides_a_draft_from_the_list_and_keeps_it_in_the_history()
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);

        var page = await FollowAsync(client, await PostActionAsync(client, "Fire", permit.Id, "delete"));

        Assert.Contains($"申请单 {permit.ApplicationNo} 已删除", page, StringComparison.Ordinal);
        Assert.DoesNotContain(permit.Id, RowIds(await client.GetStringAsync("/Permits/Query?size=100")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Permits/Details?id={permit.Id}")).StatusCode);
        Assert.Equal(PermitStates.Deleted, (await QuerySeed.ReloadAsync(app, permit.Id)).WorkflowState);
        Assert.Equal("delete", (await QuerySeed.HistoryAsync(app, permit.Id))[^1].Trigger);

        // From the details page, 删除 goes back to the list the user came from.
        var other = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        var details = $"/Permits/Details?id={other.Id}&returnUrl={Uri.EscapeDataString("/Permits/Query?state=Draft&p=1&size=50")}";
        var token = await client.GetAntiforgeryTokenAsync(details);
        var fromDetails = await client.PostAsync(
            $"/Permits/Query?handler=Fire&id={other.Id}&trigger=delete&returnUrl={Uri.EscapeDataString(details)}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal("/Permits/Query?state=Draft&p=1&size=50", fromDetails.Headers.Location?.OriginalString);

        // Deleted is final: nothing more can be done with it, not even a copy.
        Assert.Equal(HttpStatusCode.NotFound, (await PostActionAsync(client, "Copy", permit.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostActionAsync(client, "Fire", permit.Id, "delete")).StatusCode);
    }

    [Fact]
    public async Task Submit_from_the_list_sets_the_declaration_date_or_lists_what_is_missing()
    {
        var complete = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Draft);
        var incomplete = (await QuerySeed.CreateDraftsAsync(app, DemoAccounts.Enterprise1, 1))[0];
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);

        Assert.Contains("已申报，当前状态：待审核", await FollowAsync(client, await PostActionAsync(client, "Fire", complete.Id, "submit")), StringComparison.Ordinal);
        Assert.NotNull((await QuerySeed.ReloadAsync(app, complete.Id)).DeclaredAt);

        var refused = await FollowAsync(client, await PostActionAsync(client, "Fire", incomplete, "submit"));
        Assert.Contains("申报失败：", refused, StringComparison.Ordinal);
        Assert.Contains("至少需要一条商品信息", refused, StringComparison.Ordinal);
        var after = await QuerySeed.ReloadAsync(app, incomplete);
        Assert.Equal((PermitStates.Draft, (DateTime?)null), (after.WorkflowState, after.DeclaredAt));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.PendingReview);
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);
        var before = await app.WithDbAsync(db => db.Set<PermitApplication>().CountAsync());

        var withdraw = await client.PostAsync($"/Permits/Query?handler=Fire&id={permit.Id}&trigger=withdraw", new FormUrlEncodedContent([]));
        var copy = await client.PostAsync($"/Permits/Query?handler=Copy&id={permit.Id}", new FormUrlEncodedContent([]));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (withdraw.StatusCode, copy.StatusCode));
        Assert.Equal(PermitStates.PendingReview, (await QuerySeed.ReloadAsync(app, permit.Id)).WorkflowState);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<PermitApplication>().CountAsync()));
    }

    private async Task AssertRefusedAsync(string state, string trigger, string message)
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, state);
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);
        var historyBefore = (await QuerySeed.HistoryAsync(app, permit.Id)).Count;
        Assert.DoesNotContain(trigger, RowActions(await client.GetStringAsync($"/Permits/Query?no={permit.ApplicationNo}"), permit.Id));

        var page = await FollowAsync(client, await PostActionAsync(client, "Fire", permit.Id, trigger));

        Assert.Contains($"{message}：申请单 {permit.ApplicationNo} 当前状态为", page, StringComparison.Ordinal);
        var after = await QuerySeed.ReloadAsync(app, permit.Id);
        Assert.Equal((state, permit.WorkflowVersion), (after.WorkflowState, after.WorkflowVersion));
        Assert.Equal(historyBefore, (await QuerySeed.HistoryAsync(app, permit.Id)).Count);
    }
}
