using System.Net;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.Tests.Permits.Issuance;

/// <summary>Approved applications made the way people make them: the enterprise completes and submits, the reviewer approves.</summary>
public static class IssuedPermits
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An approved application of <paramref name="userName"/> (one goods line 卡门, quantity 3) and the enterprise's client.</summary>
    public static async Task<(int Id, PermitClient Client)> ApprovedAsync(PermitCmsFactory factory, string userName, string approvalFormNo, string password = DemoAccounts.Password)
    {
        var client = await PermitClient.SignInAsync(factory, userName, password);
        var id = await client.CompleteDraftAsync(approvalFormNo);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(id, "Submit", PermitClient.Basic(approvalFormNo, "0100", "赵新", "020-88886666"))).StatusCode);

        var reviewer = factory.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);
        var token = await reviewer.GetAntiforgeryTokenAsync("/Admin/Review");
        var approve = await reviewer.PostAsync($"/Admin/Review/Details?id={id}&handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trigger"] = "approve",
            ["Comment"] = "",
            ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(PermitStates.Approved, await StateAsync(factory, id));
        return (id, client);
    }

    public static Task<string> StateAsync(PermitCmsFactory factory, int id)
        => factory.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.WorkflowState).SingleAsync(Ct));

    public static Task<PermitApplication> LoadAsync(PermitCmsFactory factory, int id)
        => factory.WithDbAsync(db => db.Set<PermitApplication>().AsNoTracking().SingleAsync(p => p.Id == id, Ct));

    public static async Task<HttpClient> CustomsAsync(PermitCmsFactory factory)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(DemoAccounts.Customs);
        return client;
    }
}
