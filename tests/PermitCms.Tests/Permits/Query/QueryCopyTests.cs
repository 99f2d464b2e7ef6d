using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Data;
using PermitCms.Permits.Query;
using PermitCms.Tests.Infrastructure;
using static PermitCms.Tests.Permits.Query.QueryPages;

namespace PermitCms.Tests.Permits.Query;

/// <summary>复制 in every state, and the details page (read-only data, attachments, 审批意见, history).</summary>
public sealed class QueryCopyTests(PermitCmsFactory app) : IClassFixture<PermitCmsFactory>
{
    [Theory]
    [InlineData(PermitStates.Draft)]
    [InlineData(PermitStates.PendingReview)]
    [InlineData(PermitStates.Approved)]
    [InlineData(PermitStates.Rejected)]
    public async Task Copy_is_never_refused_and_makes_an_identical_draft_without_approval_form_number(string state)
    {
        var source = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, state);
        await app.WithDbAsync(async db =>
        {
            db.Add(QuerySeed.NewGoods(source.Id, 2, "第二条商品"));
            await db.SaveChangesAsync();
        });
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);

        var response = await PostActionAsync(client, "Copy", source.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copyId = int.Parse(response.Headers.Location!.OriginalString.Split("id=")[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("/Permits/Apply?id=", response.Headers.Location.OriginalString, StringComparison.Ordinal);
        var editor = await FollowAsync(client, response);
        var copy = await QuerySeed.ReloadAsync(app, copyId);
        Assert.Contains($"新申请单号 {copy.ApplicationNo}", editor, StringComparison.Ordinal);

        Assert.NotEqual(source.ApplicationNo, copy.ApplicationNo);
        Assert.StartsWith(ApplicationNumberGenerator.Prefix, copy.ApplicationNo, StringComparison.Ordinal);
        Assert.Null(copy.ApprovalFormNo);
        Assert.Null(copy.DeclaredAt);
        Assert.Null(copy.ReviewComment);
        Assert.Equal(PermitStates.Draft, copy.WorkflowState);
        Assert.Equal(
            (source.EnterpriseId, source.PortCode, source.ContactName, source.ContactPhone, source.ImporterName, source.CreditCode, source.CustomsCode, source.Address),
            (copy.EnterpriseId, copy.PortCode, copy.ContactName, copy.ContactPhone, copy.ImporterName, copy.CreditCode, copy.CustomsCode, copy.Address));

        var goods = await app.WithDbAsync(db => db.Set<PermitGoods>().AsNoTracking().Where(g => g.PermitApplicationId == source.Id || g.PermitApplicationId == copyId).ToListAsync());
        string Line(PermitGoods g) => $"{g.LineNo}|{g.Title}|{g.OriginalTitle}|{g.HsCode}|{g.CarrierCode}|{g.Publisher}|{g.CountryCode}|{g.LanguageCode}|{g.Quantity}|{g.UnitCode}|{g.UnitPrice}|{g.TotalPrice}|{g.CurrencyCode}";
        Assert.Equal(goods.Where(g => g.PermitApplicationId == source.Id).OrderBy(g => g.LineNo).Select(Line), goods.Where(g => g.PermitApplicationId == copyId).OrderBy(g => g.LineNo).Select(Line));
        Assert.Equal(2, goods.Count(g => g.PermitApplicationId == copyId));

        var attachments = await app.WithDbAsync(db => db.Set<PermitAttachment>().AsNoTracking().Include(a => a.Content).Where(a => a.PermitApplicationId == copyId).ToListAsync());
        var attachment = Assert.Single(attachments);
        Assert.Equal("节目清单.xlsx", attachment.FileName);
        Assert.Equal(QuerySeed.AttachmentBytes, attachment.Content!.Data);

        var history = Assert.Single(await QuerySeed.HistoryAsync(app, copyId));
        Assert.Equal(("create", PermitStates.Draft, "王明"), (history.Trigger, history.ToState, history.UserName));
        // The source is untouched.
        Assert.Equal((state, source.WorkflowVersion), ((await QuerySeed.ReloadAsync(app, source.Id)).WorkflowState, (await QuerySeed.ReloadAsync(app, source.Id)).WorkflowVersion));
    }

    [Fact]
    public async Task A_failed_copy_leaves_nothing_behind()
    {
        var source = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Approved);
        var before = await app.WithDbAsync(async db => (await db.Set<PermitApplication>().CountAsync(), await db.Set<PermitGoods>().CountAsync(), await db.Set<PermitAttachment>().CountAsync()));
        await using var scope = app.Services.CreateAsyncScope();
        var user = await QuerySeed.PrincipalAsync(scope.ServiceProvider, DemoAccounts.Enterprise1);

        // A cancellation in the middle (after the new row was inserted) must roll the whole copy back.
        using var cancel = new CancellationTokenSource();
        var db = scope.ServiceProvider.GetRequiredService<PermitCms.Core.Data.PermitCmsDbContext>();
        db.SavedChanges += (_, _) => cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scope.ServiceProvider.GetRequiredService<PermitCopier>().CopyAsync(source.Id, user, cancel.Token));

        var after = await app.WithDbAsync(async db2 => (await db2.Set<PermitApplication>().CountAsync(), await db2.Set<PermitGoods>().CountAsync(), await db2.Set<PermitAttachment>().CountAsync()));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Details_show_the_data_the_attachments_the_review_comment_and_the_history()
    {
        var permit = await QuerySeed.CreateAsync(app, DemoAccounts.Enterprise1, PermitStates.Rejected, comment: "节目清单缺少著作权人");
        var attachmentId = await app.WithDbAsync(db => db.Set<PermitAttachment>().Where(a => a.PermitApplicationId == permit.Id).Select(a => a.Id).SingleAsync());
        var client = await SignedInAsync(app, DemoAccounts.Enterprise1);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Permits/Details?id={permit.Id}"));

        Assert.Contains(permit.ApplicationNo, html, StringComparison.Ordinal);
        Assert.Contains(permit.ApprovalFormNo!, html, StringComparison.Ordinal);
        Assert.Contains("0200 天津海关", html, StringComparison.Ordinal);
        Assert.Contains("贝多芬第九交响曲", html, StringComparison.Ordinal);
        Assert.Contains("节目清单.xlsx", html, StringComparison.Ordinal);
        Assert.Contains("审批意见", html, StringComparison.Ordinal);
        Assert.Contains("节目清单缺少著作权人", html, StringComparison.Ordinal);
        Assert.Contains("审批人：审批员张三", html, StringComparison.Ordinal);
        Assert.Contains("暂存 → 待审核", html, StringComparison.Ordinal);
        Assert.Contains("待审核 → 退回", html, StringComparison.Ordinal);
        // Read-only: no editable field on the page (only the hidden antiforgery token and comment of the action form).
        Assert.DoesNotMatch("<input(?![^>]*type=\"hidden\")|<textarea(?![^>]*id=\"permit-confirm-comment\")|<select", html);
        Assert.Equal(["revise", "copy"], ActionsOf(html));

        var download = await client.GetAsync($"/Permits/Details?id={permit.Id}&handler=Attachment&attachmentId={attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(QuerySeed.AttachmentBytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Permits/Details?id={permit.Id}&handler=Attachment&attachmentId={attachmentId + 100000}")).StatusCode);
    }

    private static List<string> ActionsOf(string html)
        => System.Text.RegularExpressions.Regex.Matches(html, "data-action=\"([a-z]+)\"").Select(m => m.Groups[1].Value).ToList();
}
