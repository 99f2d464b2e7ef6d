using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Tests.Review;

/// <summary>The reviewer's dashboard through real HTTP: queue, approve, return with comment, refusals.</summary>
public sealed class ReviewTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_queue_lists_pending_applications_of_all_enterprises_oldest_first_with_counts()
    {
        var first = await SubmittedAsync(DemoAccounts.Enterprise1, "RV-Q-1");
        var second = await SubmittedAsync(DemoAccounts.Enterprise2, "RV-Q-2");
        var reviewer = await ReviewerAsync();

        var html = await reviewer.GetStringAsync("/Admin/Review", Ct);

        var firstNo = await ApplicationNoAsync(first);
        var secondNo = await ApplicationNoAsync(second);
        Assert.True(html.IndexOf(firstNo, StringComparison.Ordinal) < html.IndexOf(secondNo, StringComparison.Ordinal), "Oldest first.");
        Assert.Contains(DemoAccounts.Enterprise1Name, html, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.Enterprise2Name, html, StringComparison.Ordinal);
        Assert.Contains("已等待", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"PendingReview\"", html, StringComparison.Ordinal);

        // The enterprise condition narrows the queue.
        var enterprise2 = await factory.WithDbAsync(db => db.Enterprises.Where(e => e.Name == DemoAccounts.Enterprise2Name).Select(e => e.Id).SingleAsync(Ct));
        var filtered = await reviewer.GetStringAsync($"/Admin/Review?State=PendingReview&EnterpriseId={enterprise2}", Ct);
        Assert.DoesNotContain(firstNo, filtered, StringComparison.Ordinal);
        Assert.Contains(secondNo, filtered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_approves_and_the_history_and_state_follow()
    {
        var id = await SubmittedAsync(DemoAccounts.Enterprise1, "RV-A-1");
        var reviewer = await ReviewerAsync();

        var response = await FireAsync(reviewer, id, "approve", "");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PermitStates.Approved, await StateAsync(id));
        var history = await factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.ReviewerName).SingleAsync(Ct));
        Assert.Equal("审批员张三", history);
    }

    [Fact]
    public async Task Returning_needs_a_comment_which_the_enterprise_then_sees_and_can_revise()
    {
        var id = await SubmittedAsync(DemoAccounts.Enterprise1, "RV-R-1");
        var reviewer = await ReviewerAsync();

        var refused = await FireAsync(reviewer, id, "reject", "  ");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("意见", await reviewer.GetStringAsync(refused.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
        Assert.Equal(PermitStates.PendingReview, await StateAsync(id));
        Assert.Null(await factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.ReviewComment).SingleAsync(Ct)));

        await FireAsync(reviewer, id, "reject", "节目清单缺少版权方信息，请补充后重新申报。");
        Assert.Equal(PermitStates.Rejected, await StateAsync(id));
        Assert.Equal("节目清单缺少版权方信息，请补充后重新申报。", await factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.ReviewComment).SingleAsync(Ct)));
        var page = await reviewer.GetStringAsync($"/Admin/Review/Details?id={id}", Ct);
        Assert.Contains("节目清单缺少版权方信息", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_can_be_approved_that_is_not_pending_and_a_second_decision_loses()
    {
        var client = await PermitClient.SignInAsync(factory, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var draft = await client.CompleteDraftAsync("RV-N-1");
        var reviewer = await ReviewerAsync();

        await FireAsync(reviewer, draft, "approve", "");
        Assert.Equal(PermitStates.Draft, await StateAsync(draft));

        var pending = await SubmittedAsync(DemoAccounts.Enterprise1, "RV-N-2");
        await FireAsync(reviewer, pending, "approve", "");
        var again = await FireAsync(reviewer, pending, "reject", "晚到的退回");
        Assert.Equal(PermitStates.Approved, await StateAsync(pending));
        Assert.Contains("alert-danger", await reviewer.GetStringAsync(again.Headers.Location!.OriginalString, Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoAccounts.Enterprise1)]
    public async Task Enterprise_users_cannot_open_the_dashboard_or_decide(string userName)
    {
        var id = await SubmittedAsync(DemoAccounts.Enterprise1, "RV-E-1");
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(userName);

        var page = await client.GetAsync($"/Admin/Review/Details?id={id}", Ct);
        Assert.StartsWith("/Account/AccessDenied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var token = await client.GetAntiforgeryTokenAsync("/");
        var forged = await client.PostAsync($"/Admin/Review/Details?id={id}&handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trigger"] = "approve",
            ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(PermitStates.PendingReview, await StateAsync(id));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_changes_nothing()
    {
        var id = await SubmittedAsync(DemoAccounts.Enterprise1, "RV-F-1");
        var reviewer = await ReviewerAsync();

        var response = await reviewer.PostAsync($"/Admin/Review/Details?id={id}&handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string> { ["trigger"] = "approve" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(PermitStates.PendingReview, await StateAsync(id));
    }

    [Fact]
    public async Task An_administrator_sees_the_queue_but_the_default_workflow_gives_no_decision_buttons()
    {
        var id = await SubmittedAsync(DemoAccounts.Enterprise2, "RV-ADM-1");
        var admin = factory.CreateBrowserLikeClient();
        await admin.SignInAsync(DemoAccounts.Administrator);

        var page = await admin.GetStringAsync($"/Admin/Review/Details?id={id}", Ct);

        Assert.Contains("没有您可以执行的审核操作", page, StringComparison.Ordinal);
        await FireAsync(admin, id, "approve", "");
        Assert.Equal(PermitStates.PendingReview, await StateAsync(id));
    }

    private async Task<int> SubmittedAsync(string userName, string approvalFormNo)
    {
        var client = await PermitClient.SignInAsync(factory, userName, DemoAccounts.Password);
        var id = await client.CompleteDraftAsync(approvalFormNo);
        var submit = await client.PostAsync(id, "Submit", PermitClient.Basic(approvalFormNo, "0100", "赵新", "020-88886666"));
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);
        Assert.Equal(PermitStates.PendingReview, await StateAsync(id));
        return id;
    }

    private async Task<HttpClient> ReviewerAsync()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Reviewer);
        return client;
    }

    private static async Task<HttpResponseMessage> FireAsync(HttpClient client, int id, string trigger, string comment)
    {
        // Any page's token will do (the layout's 退出 form): a draft has no review page to take one from.
        var token = await client.GetAntiforgeryTokenAsync("/Admin/Review");
        return await client.PostAsync($"/Admin/Review/Details?id={id}&handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trigger"] = trigger,
            ["Comment"] = comment,
            ["__RequestVerificationToken"] = token,
        }), Ct);
    }

    private Task<string> StateAsync(int id) => factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.WorkflowState).SingleAsync(Ct));

    private Task<string> ApplicationNoAsync(int id) => factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.ApplicationNo).SingleAsync(Ct));
}
