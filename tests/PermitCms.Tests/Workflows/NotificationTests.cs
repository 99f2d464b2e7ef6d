using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Notifications;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// The default workflow notifies reviewers of a submission and the owner enterprise of a decision; the unread
/// count shows in both layouts and the notification page marks them read.
/// </summary>
public sealed partial class NotificationTests(WorkflowTestApp app) : IClassFixture<WorkflowTestApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submitting_notifies_reviewers_and_returning_notifies_the_owner_with_counts_in_both_layouts()
    {
        var enterprise = app.CreateBrowserLikeClient();
        await enterprise.SignInAsync(DemoAccounts.Enterprise1);
        var reviewer = app.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);
        var other = app.CreateBrowserLikeClient();
        await other.SignInAsync(DemoAccounts.Enterprise2);
        var enterpriseBefore = await UnreadAsync(enterprise, "/");
        var reviewerBefore = await UnreadAsync(reviewer, "/Admin");

        var id = await app.CreateItemAsync(title: "通知测试");
        Assert.True((await app.FireAsync(id, "submit", DemoAccounts.Enterprise1)).Succeeded);
        Assert.Equal(reviewerBefore + 1, await UnreadAsync(reviewer, "/Admin"));
        Assert.Equal(enterpriseBefore, await UnreadAsync(enterprise, "/"));

        Assert.True((await app.FireAsync(id, "reject", DemoAccounts.Reviewer, "请补充节目清单")).Succeeded);
        Assert.Equal(enterpriseBefore + 1, await UnreadAsync(enterprise, "/"));
        Assert.Equal(0, await UnreadAsync(other, "/"));

        var page = await enterprise.GetStringAsync("/Notifications", Ct);
        Assert.Contains("试运行事项「通知测试」：退回", page, StringComparison.Ordinal);
        Assert.Contains("审批员张三 执行了「退回」，当前状态：退回。 意见：请补充节目清单", page, StringComparison.Ordinal);

        var readAll = await enterprise.PostFormAsync("/Notifications", "/Notifications?handler=ReadAll", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, readAll.StatusCode);
        Assert.Equal(0, await UnreadAsync(enterprise, "/"));
        Assert.Equal(reviewerBefore + 1, await UnreadAsync(reviewer, "/Admin"));
    }

    [Fact]
    public async Task Reading_one_notification_marks_only_it_and_nobody_reads_another_user_s()
    {
        var id = await app.CreateItemInStateAsync("PendingReview");
        Assert.True((await app.FireAsync(id, "approve", DemoAccounts.Reviewer)).Succeeded);
        var ent1Id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Enterprise1).Select(u => u.Id).SingleAsync());
        var notification = await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.UserId == ent1Id && n.ReadAt == null).OrderByDescending(n => n.Id).FirstAsync());
        Assert.Contains("审核通过", notification.Title, StringComparison.Ordinal);

        var stranger = app.CreateBrowserLikeClient();
        await stranger.SignInAsync(DemoAccounts.Enterprise2);
        await stranger.PostFormAsync("/Notifications", $"/Notifications?handler=Read&id={notification.Id}", new Dictionary<string, string>());
        Assert.Null(await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Id == notification.Id).Select(n => n.ReadAt).SingleAsync()));

        var owner = app.CreateBrowserLikeClient();
        await owner.SignInAsync(DemoAccounts.Enterprise1);
        var before = await UnreadAsync(owner, "/");
        await owner.PostFormAsync("/Notifications", $"/Notifications?handler=Read&id={notification.Id}", new Dictionary<string, string>());
        Assert.NotNull(await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Id == notification.Id).Select(n => n.ReadAt).SingleAsync()));
        Assert.Equal(before - 1, await UnreadAsync(owner, "/"));
    }

    [Fact]
    public async Task A_subject_that_does_not_say_how_to_show_it_is_named_by_type_and_id_and_gets_no_link()
    {
        var user = await app.PrincipalAsync(DemoAccounts.Reviewer);
        var enterpriseId = await app.EnterpriseIdAsync(DemoAccounts.Enterprise1);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCmsDbContext>();
        var versionId = await db.Set<WorkflowDefinitionVersion>().Where(v => v.Status == WorkflowVersionStatus.Published).Select(v => v.Id).FirstAsync(Ct);
        var notify = scope.ServiceProvider.GetServices<IWorkflowActivity>().Single(a => a.Name == BuiltInActivities.Notify);
        var subject = new PlainSubject { WorkflowDefinitionVersionId = versionId, OwnerEnterpriseId = enterpriseId };

        await notify.ExecuteAsync(
            new WorkflowActivityContext(subject, "Plain", "PendingReview", "Rejected", "reject", null, user, ActivitySettingsJson.Write(new NotifySettings { Owner = true })),
            Ct);

        var written = db.ChangeTracker.Entries<Notification>().Select(e => e.Entity).ToList();
        Assert.NotEmpty(written);
        Assert.All(written, n =>
        {
            Assert.Equal("Plain 7：退回", n.Title);
            Assert.Null(n.Url);
        });
    }

    /// <summary>The badge's number on a page of the given layout; 0 when the badge shows none.</summary>
    private static async Task<int> UnreadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"notification-badge\"", html, StringComparison.Ordinal);
        var match = UnreadPattern().Match(html);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex("id=\"notification-unread\">(\\d+)<")]
    private static partial Regex UnreadPattern();

    /// <summary>A subject with no <see cref="IWorkflowSubjectDisplay"/>; never saved, it only feeds the activity.</summary>
    private sealed class PlainSubject : IWorkflowSubject
    {
        public string WorkflowItemType => "Plain";

        public string WorkflowItemId => "7";

        public string WorkflowState { get; set; } = "Rejected";

        public int WorkflowDefinitionVersionId { get; set; }

        public int? OwnerEnterpriseId { get; init; }

        public int WorkflowVersion { get; set; }
    }
}
