using System.Net;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits;
using PermitCms.Permits.Abstractions;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;

namespace PermitCms.Tests.PostgreSql;

/// <summary>
/// 审核通过 on one instance against 退回 on the other, for the same application at the same moment: the
/// concurrency check lives in the shared database, so exactly one decision wins and history has one of them.
/// </summary>
[Collection(ScaleOutCluster.Collection)]
public sealed class ScaleOutConflictTests(ScaleOutCluster cluster)
{
    private const int Rounds = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approve_on_one_instance_and_reject_on_the_other_at_once_have_exactly_one_winner()
    {
        await cluster.StartAsync();
        var enterprise = new PermitClient(cluster.OneBrowser().A);
        await enterprise.Http.SignInAsync(DemoAccounts.Enterprise1);
        var onA = cluster.OneBrowser().A;
        await onA.SignInAsync(DemoAccounts.Reviewer);
        var onB = cluster.OneBrowser().B;
        await onB.SignInAsync(DemoAccounts.Reviewer);

        var conflicts = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var approvalFormNo = $"SO{DateTime.UtcNow:HHmmssfff}{round}";
            var id = await enterprise.CompleteDraftAsync(approvalFormNo);
            var submit = await enterprise.PostAsync(id, "Submit", PermitClient.Basic(approvalFormNo, "0100", "赵新", "020-88886666"));
            Assert.Equal(HttpStatusCode.Redirect, submit.StatusCode);

            // Both tokens first, then both posts released together.
            var tokenA = await onA.GetAntiforgeryTokenAsync($"/Admin/Review/Details?id={id}");
            var tokenB = await onB.GetAntiforgeryTokenAsync($"/Admin/Review/Details?id={id}");
            var responses = await Task.WhenAll(
                FireAsync(onA, id, PermitTriggers.Approve, tokenA),
                FireAsync(onB, id, PermitTriggers.Reject, tokenB));

            var won = responses.Count(r => r.Headers.Location?.OriginalString.Contains("Details", StringComparison.Ordinal) == false);
            Assert.Equal(1, won);
            var loser = responses.Single(r => r.Headers.Location!.OriginalString.Contains("Details", StringComparison.Ordinal));
            var loserClient = loser == responses[0] ? onA : onB;
            var message = await loserClient.GetStringAsync(loser.Headers.Location, Ct);
            Assert.True(message.Contains("该事项已被他人修改，请刷新后重试。", StringComparison.Ordinal) || message.Contains("下不能执行该操作", StringComparison.Ordinal),
                "The losing decision shows neither the conflict message nor the state's refusal.");
            conflicts += message.Contains("该事项已被他人修改", StringComparison.Ordinal) ? 1 : 0;

            Assert.Equal(1, await cluster.ScalarAsync(
                "SELECT count(*) FROM \"WorkflowHistory\" WHERE \"ItemType\" = $1 AND \"ItemId\" = $2 AND \"FromState\" = $3",
                PermitCms.Permits.Data.PermitApplication.ItemType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), PermitStates.PendingReview));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Rounds} rounds: {Rounds} winners, {conflicts} losers refused by the concurrency check, {Rounds - conflicts} by the new state");
    }

    private static Task<HttpResponseMessage> FireAsync(HttpClient client, int id, string trigger, string token)
        => client.PostAsync($"/Admin/Review/Details?id={id}&handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trigger"] = trigger,
            ["Comment"] = "多实例并发审核",
            ["__RequestVerificationToken"] = token,
        }), Ct);
}
