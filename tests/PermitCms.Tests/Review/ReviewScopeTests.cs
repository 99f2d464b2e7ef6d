using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;

namespace PermitCms.Tests.Review;

/// <summary>A draft is the enterprise's own: reviewers see an application only once it is submitted.</summary>
public sealed class ReviewScopeTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_is_not_in_the_queue_and_its_page_attachments_and_decisions_do_not_exist_for_reviewers()
    {
        var client = await PermitClient.SignInAsync(factory, DemoAccounts.Enterprise1, DemoAccounts.Password);
        var draft = await client.CompleteDraftAsync("RV-S-DRAFT");
        var (no, attachmentId) = await factory.WithDbAsync(async db => (
            await db.Set<PermitApplication>().Where(p => p.Id == draft).Select(p => p.ApplicationNo).SingleAsync(Ct),
            await db.Set<PermitAttachment>().Where(a => a.PermitApplicationId == draft).Select(a => a.Id).SingleAsync(Ct)));
        var reviewer = factory.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);

        var everything = await reviewer.GetStringAsync("/Admin/Review?State=", Ct);
        var drafts = await reviewer.GetStringAsync("/Admin/Review?State=Draft", Ct);
        var byNumber = await reviewer.GetStringAsync($"/Admin/Review?State=&ApplicationNo={no}", Ct);
        var details = await reviewer.GetAsync($"/Admin/Review/Details?id={draft}", Ct);
        var file = await reviewer.GetAsync($"/Admin/Review/Details?id={draft}&handler=Attachment&attachmentId={attachmentId}", Ct);

        Assert.DoesNotContain(no, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(no, drafts, StringComparison.Ordinal);
        Assert.Contains("共 0 条", byNumber, StringComparison.Ordinal);
        Assert.DoesNotContain("data-state=\"Draft\"", everything, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (details.StatusCode, file.StatusCode));

        // Once submitted, it is there.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(draft, "Submit", PermitClient.Basic("RV-S-DRAFT", "0100", "赵新", "020-88886666"))).StatusCode);
        Assert.Contains(no, await reviewer.GetStringAsync("/Admin/Review", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/Admin/Review/Details?id={draft}&handler=Attachment&attachmentId={attachmentId}", Ct)).StatusCode);
    }
}
