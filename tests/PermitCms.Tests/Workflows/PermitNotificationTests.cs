using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;
using PermitCms.Workflows.Notifications;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// A real application's notifications (the app with the Permits module's own guard, not the trial items):
/// they name it by its 申请单号 and lead each recipient to the page they may open — the reviewer to the review
/// page after 申报, the enterprise user to the application's details after 退回.
/// </summary>
public sealed class PermitNotificationTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_permit_notification_reads_its_application_number_and_links_to_the_recipient_s_page_of_it()
    {
        var enterprise = await PermitClient.SignInAsync(factory, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var id = await enterprise.CompleteDraftAsync("NT-PERMIT-1");
        var applicationNo = await factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.ApplicationNo).SingleAsync(Ct));
        Assert.StartsWith("YX", applicationNo, StringComparison.Ordinal);
        var submit = await enterprise.PostAsync(id, "Submit", PermitClient.Basic("NT-PERMIT-1", "0100", "赵新", "020-88886666"));
        Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);

        var reviewer = factory.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);
        var reviewerLink = await OpenNotificationAsync(reviewer, DemoAccounts.Reviewer, $"申请单 {applicationNo}：申报");
        Assert.Equal($"/Admin/Review/Details?id={id}", reviewerLink);
        Assert.Contains(applicationNo, await reviewer.GetStringAsync(reviewerLink, Ct), StringComparison.Ordinal);

        var token = await reviewer.GetAntiforgeryTokenAsync(reviewerLink);
        var reject = await reviewer.PostAsync($"/Admin/Review/Details?id={id}&handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trigger"] = PermitTriggers.Reject,
            ["Comment"] = "请补充节目清单的版权方。",
            ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);
        Assert.Equal(PermitStates.Rejected, await factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.WorkflowState).SingleAsync(Ct)));

        var ownerLink = await OpenNotificationAsync(enterprise.Http, DemoAccounts.Enterprise1, $"申请单 {applicationNo}：退回");
        Assert.Equal($"/Permits/Details?id={id}", ownerLink);
        Assert.Contains(applicationNo, await enterprise.Http.GetStringAsync(ownerLink, Ct), StringComparison.Ordinal);
    }

    /// <summary>
    /// Asserts the notification page lists <paramref name="title"/>, then presses its 查看 button (mark read and
    /// follow) and returns where that leads.
    /// </summary>
    private async Task<string> OpenNotificationAsync(HttpClient client, string userName, string title)
    {
        var page = await client.GetStringAsync("/Notifications", Ct);
        Assert.Contains(title, page, StringComparison.Ordinal);
        var notificationId = await factory.WithDbAsync(db =>
            (from n in db.Set<Notification>()
             join u in db.Users on n.UserId equals u.Id
             where u.UserName == userName && n.Title == title
             select n.Id).SingleAsync(Ct));

        var view = await client.PostFormAsync("/Notifications", $"/Notifications?handler=Read&id={notificationId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, view.StatusCode);
        return view.Headers.Location!.OriginalString;
    }
}
