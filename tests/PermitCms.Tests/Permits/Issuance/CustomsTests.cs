using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Security;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Tests.Permits.Issuance;

/// <summary>海关用户's 核查 and 核销 through real HTTP, and two uses at once through the service on the real database.</summary>
public sealed class CustomsTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_wrong_credit_code_finds_nothing_and_enterprises_may_not_open_the_page()
    {
        var (id, client) = await IssuedPermits.ApprovedAsync(factory, DemoAccounts.Enterprise1, "HG-2026-0001");
        var permit = await IssuedPermits.LoadAsync(factory, id);
        var customs = await IssuedPermits.CustomsAsync(factory);

        var wrong = await customs.GetStringAsync($"/Customs?no=HG-2026-0001&code={PermitTestData.NewCreditCode()}", Ct);
        Assert.Contains("未找到批准单编号为“HG-2026-0001”", wrong, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Enterprise1Name, wrong, StringComparison.Ordinal);

        var right = await customs.GetStringAsync($"/Customs?no=HG-2026-0001&code={permit.CreditCode}", Ct);
        Assert.Contains("id=\"customs-status\">有效<", right, StringComparison.Ordinal);
        Assert.Contains("卡门", right, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin", right, StringComparison.Ordinal);

        // Refused like every page a role may not open: sent to the access-denied page, never shown.
        var enterprise = await client.Http.GetAsync("/Customs", Ct);
        Assert.Equal(HttpStatusCode.Found, enterprise.StatusCode);
        Assert.Contains("AccessDenied", enterprise.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await customs.GetAsync("/Admin/Review", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_over_quantity_use_is_refused_whole_and_partial_then_full_use_writes_the_permit_off_through_the_workflow()
    {
        var (id, client) = await IssuedPermits.ApprovedAsync(factory, DemoAccounts.Enterprise1, "HG-2026-0002");
        var code = (await IssuedPermits.LoadAsync(factory, id)).CreditCode;
        var customs = await IssuedPermits.CustomsAsync(factory);
        var page = $"/Customs?no=HG-2026-0002&code={code}";

        var over = await UseAsync(customs, page, quantity: "4", declarationNo: "");
        Assert.Equal(HttpStatusCode.OK, over.StatusCode);
        Assert.Contains("核销数量 4 超过剩余可核销数量 3", await over.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, await UsesAsync(id));

        var partial = await UseAsync(customs, page, quantity: "1", declarationNo: "531620260000012345");
        Assert.Equal(HttpStatusCode.Redirect, partial.StatusCode);
        var afterPartial = await customs.GetStringAsync(page, Ct);
        Assert.Contains("已记录第 1 次核销", afterPartial, StringComparison.Ordinal);
        Assert.Contains("531620260000012345", afterPartial, StringComparison.Ordinal);
        Assert.Equal(PermitStates.Approved, await IssuedPermits.StateAsync(factory, id));

        Assert.Equal(HttpStatusCode.Redirect, (await UseAsync(customs, page, quantity: "2", declarationNo: "")).StatusCode);
        Assert.Equal(PermitStates.WrittenOff, await IssuedPermits.StateAsync(factory, id));
        Assert.Equal(2, await UsesAsync(id));
        var final = await customs.GetStringAsync(page, Ct);
        Assert.Contains("id=\"customs-status\">已核销<", final, StringComparison.Ordinal);

        // The workflow made the move: its history has the 核销 transition by the customs user.
        var history = await client.Http.GetStringAsync($"/Permits/Details?id={id}", Ct);
        Assert.Contains("已核销", history, StringComparison.Ordinal);
        Assert.Contains("海关关员李四", history, StringComparison.Ordinal);
        Assert.Contains("下载批准单", history, StringComparison.Ordinal);

        var token = (await IssuedPermits.LoadAsync(factory, id)).VerificationToken;
        var verify = await factory.CreateBrowserLikeClient().GetStringAsync($"/Verify/{token}", Ct);
        Assert.Contains("id=\"verify-status\">已核销<", verify, StringComparison.Ordinal);

        var more = await UseAsync(customs, page, quantity: "1", declarationNo: "");
        Assert.Equal(2, await UsesAsync(id));
        Assert.NotEqual(HttpStatusCode.InternalServerError, more.StatusCode);
    }

    [Fact]
    public async Task Two_uses_at_once_never_exceed_the_approved_quantity()
    {
        var (id, _) = await IssuedPermits.ApprovedAsync(factory, DemoAccounts.Enterprise1, "HG-2026-0003");
        var code = (await IssuedPermits.LoadAsync(factory, id)).CreditCode;
        var officer = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.Customs).Select(u => u.Id).SingleAsync(Ct));
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, officer), new Claim(ClaimTypes.Name, DemoAccounts.Customs), new Claim(ClaimTypes.Role, Roles.Customs)], "Test"));

        async Task<PermitCommandResult<PermitUsage>> UseTwoAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var verification = scope.ServiceProvider.GetRequiredService<IPermitVerification>();
            return await verification.RecordUseAsync(new PermitUseRequest("HG-2026-0003", code, new Dictionary<int, int> { [1] = 2 }, null), user, Ct);
        }

        var results = await Task.WhenAll(UseTwoAsync(), UseTwoAsync());

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Status == PermitCommandStatus.Invalid && r.Message.Contains("超过剩余可核销数量 1", StringComparison.Ordinal));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<PermitUse>().Where(u => u.PermitApplicationId == id).SumAsync(u => u.Quantity, Ct)));
    }

    private static async Task<HttpResponseMessage> UseAsync(HttpClient customs, string page, string quantity, string declarationNo)
    {
        var token = await customs.GetAntiforgeryTokenAsync(page);
        return await customs.PostAsync(page + "&handler=Use", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Quantities[1]"] = quantity,
            ["DeclarationNo"] = declarationNo,
            ["__RequestVerificationToken"] = token,
        }), Ct);
    }

    private Task<int> UsesAsync(int id) => factory.WithDbAsync(db => db.Set<PermitUse>().CountAsync(u => u.PermitApplicationId == id, Ct));
}
