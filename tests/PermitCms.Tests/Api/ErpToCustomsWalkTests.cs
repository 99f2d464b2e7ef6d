using System.Net;
using System.Text.Json;
using PermitCms.Accounts.Seeding;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;
using static PermitCms.Tests.Api.ApiClient;

namespace PermitCms.Tests.Api;

/// <summary>
/// Issue 12's "done when", over real HTTP: an ERP client applies, a reviewer approves on the page, the ERP client
/// downloads the 电子批准单, anyone verifies it, customs look it up and write it off in two uses through their API.
/// </summary>
public sealed class ErpToCustomsWalkTests(KestrelPermitCmsFactory app) : IClassFixture<KestrelPermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_erp_application_is_approved_downloaded_verified_and_written_off_by_customs_through_the_api()
    {
        using var erp = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1));
        var permitNo = "ERP-HG-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var (id, creditCode) = await ApplyAsync(erp, permitNo);
        await ApproveOnTheReviewPageAsync(id);

        var pdf = await erp.GetAsync($"/api/v1/permits/{id}/certificate", Ct);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync(Ct))[..4]);

        var issued = await (await erp.GetAsync($"/api/v1/permits/{id}", Ct)).JsonAsync();
        Assert.Equal(PermitStates.Approved, issued.GetProperty("state").GetString());
        var verificationUrl = issued.GetProperty("verificationUrl").GetString()!;
        Assert.StartsWith(app.BaseUrl.TrimEnd('/') + "/Verify/", verificationUrl, StringComparison.Ordinal);
        using var anonymous = new HttpClient();
        Assert.Contains("id=\"verify-status\">有效<", await anonymous.GetStringAsync(verificationUrl, Ct), StringComparison.Ordinal);

        using var customs = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Customs, "海关核销系统"));
        var lookupUrl = $"/api/v1/customs/permits/{Uri.EscapeDataString(permitNo)}?creditCode={creditCode}";
        var found = await (await customs.GetAsync(lookupUrl, Ct)).JsonAsync();
        Assert.Equal("Valid", found.GetProperty("status").GetString());
        Assert.Equal("有效", found.GetProperty("statusName").GetString());
        Assert.Equal("华音文化进出口有限公司", found.GetProperty("importerName").GetString());
        Assert.Equal([(1, 3, 0, 3), (2, 5, 0, 5)], Lines(found));

        var usesUrl = $"/api/v1/customs/permits/{Uri.EscapeDataString(permitNo)}/uses";
        var over = await customs.PostKeyedAsync(usesUrl, Json(new { creditCode, lines = new[] { new { lineNo = 1, quantity = 1 }, new { lineNo = 2, quantity = 6 } } }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over.StatusCode);
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType!.MediaType);
        var overProblem = await over.JsonAsync();
        Assert.Contains("核销数量 6 超过剩余可核销数量 5", overProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(overProblem.GetProperty("errors").TryGetProperty("lines[2]", out _), overProblem.ToString());
        Assert.Equal([(1, 3, 0, 3), (2, 5, 0, 5)], Lines(await (await customs.GetAsync(lookupUrl, Ct)).JsonAsync()));

        // A retry of the partial use (same Idempotency-Key) is answered from the first one and records nothing more.
        var key = Guid.NewGuid().ToString();
        var partialBody = new { creditCode, declarationNo = "531620260000012345", lines = new[] { new { lineNo = 1, quantity = 1 }, new { lineNo = 2, quantity = 5 } } };
        var partial = await customs.PostKeyedAsync(usesUrl, Json(partialBody), key);
        Assert.True(partial.StatusCode == HttpStatusCode.Created, $"{(int)partial.StatusCode} {await partial.Content.ReadAsStringAsync(Ct)}");
        var retried = await customs.PostKeyedAsync(usesUrl, Json(partialBody), key);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        var afterPartial = await (await customs.GetAsync(lookupUrl, Ct)).JsonAsync();
        Assert.Equal([(1, 3, 1, 2), (2, 5, 5, 0)], Lines(afterPartial));
        var use = Assert.Single(afterPartial.GetProperty("uses").EnumerateArray());
        Assert.Equal("531620260000012345", use.GetProperty("declarationNo").GetString());
        Assert.Equal("Valid", afterPartial.GetProperty("status").GetString());

        var rest = await customs.PostKeyedAsync(usesUrl, Json(new { creditCode, lines = new[] { new { lineNo = 1, quantity = 2 } } }));
        Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
        var writtenOff = await rest.JsonAsync();
        Assert.Equal("已核销", writtenOff.GetProperty("statusName").GetString());
        Assert.Contains("已全部核销", writtenOff.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal([(1, 3, 3, 0), (2, 5, 5, 0)], Lines(writtenOff));

        var details = await (await erp.GetAsync($"/api/v1/permits/{id}", Ct)).JsonAsync();
        Assert.Equal(PermitStates.WrittenOff, details.GetProperty("state").GetString());
        var last = details.GetProperty("history").EnumerateArray().Last();
        Assert.Equal((PermitTriggers.WriteOff, "海关关员李四"), (last.GetProperty("trigger").GetString(), last.GetProperty("userName").GetString()));
        Assert.Contains("id=\"verify-status\">已核销<", await anonymous.GetStringAsync(verificationUrl, Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync($"/api/v1/permits/{id}/certificate", Ct)).StatusCode);

        // Nothing is left: one more use is refused as the page refuses it, and nothing is stored.
        var more = await customs.PostKeyedAsync(usesUrl, Json(new { creditCode, lines = new[] { new { lineNo = 1, quantity = 1 } } }));
        Assert.Equal(HttpStatusCode.Conflict, more.StatusCode);
        Assert.Contains("已核销", (await more.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await (await customs.GetAsync(lookupUrl, Ct)).JsonAsync()).GetProperty("uses").GetArrayLength());
    }

    [Fact]
    public async Task A_wrong_credit_code_is_404_enterprise_tokens_get_403_on_the_customs_endpoints_and_another_enterprise_no_pdf()
    {
        using var erp = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1));
        var permitNo = "ERP-HG-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var (id, creditCode) = await ApplyAsync(erp, permitNo);
        await ApproveOnTheReviewPageAsync(id);
        using var customs = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Customs, "海关核销系统"));
        var lookupUrl = $"/api/v1/customs/permits/{permitNo}?creditCode={creditCode}";
        var usesUrl = $"/api/v1/customs/permits/{permitNo}/uses";
        var use = new { creditCode, lines = new[] { new { lineNo = 1, quantity = 1 } } };

        var wrong = await customs.GetAsync($"/api/v1/customs/permits/{permitNo}?creditCode={PermitTestData.NewCreditCode()}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType!.MediaType);
        var problem = await wrong.JsonAsync();
        Assert.Contains($"未找到批准单编号为“{permitNo}”", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("华音文化", problem.ToString(), StringComparison.Ordinal);
        var wrongUse = await customs.PostKeyedAsync(usesUrl, Json(new { creditCode = PermitTestData.NewCreditCode(), use.lines }));
        Assert.Equal(HttpStatusCode.NotFound, wrongUse.StatusCode);
        var missing = await customs.GetAsync($"/api/v1/customs/permits/{permitNo}", Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("统一社会信用代码", (await missing.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        foreach (var refused in new[] { await erp.GetAsync(lookupUrl, Ct), await erp.PostKeyedAsync(usesUrl, Json(use)) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        }

        // Customs have no business with the enterprise's own endpoints, another enterprise none with its PDF,
        // and the refusals stored nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await customs.GetAsync($"/api/v1/permits/{id}/certificate", Ct)).StatusCode);
        using var other = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise2));
        var foreign = await other.GetAsync($"/api/v1/permits/{id}/certificate", Ct);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType!.MediaType);
        var untouched = await (await customs.GetAsync(lookupUrl, Ct)).JsonAsync();
        Assert.Equal(0, untouched.GetProperty("uses").GetArrayLength());
        Assert.Equal([(1, 3, 0, 3), (2, 5, 0, 5)], Lines(untouched));
    }

    /// <summary>新增 → 商品 (two lines: 3 and 5) → 附件 → 申报, all through the API; the id and the back-filled credit code.</summary>
    private static async Task<(int Id, string CreditCode)> ApplyAsync(HttpClient erp, string permitNo)
    {
        var created = await erp.PostKeyedAsync("/api/v1/permits", Json(new { approvalFormNo = permitNo, portCode = "0100", contactName = "王小明", contactPhone = "010-12345678" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.JsonAsync();
        var id = draft.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await erp.PostKeyedAsync($"/api/v1/permits/{id}/goods", Json(Goods("卡门", 3)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await erp.PostKeyedAsync($"/api/v1/permits/{id}/goods", Json(Goods("茶花女", 5)))).StatusCode);
        var uploaded = await erp.PostKeyedAsync($"/api/v1/permits/{id}/attachments", File(PermitCms.Permits.Excel.AttachmentTemplate.Build(), "节目清单.xlsx"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var submitted = await erp.PostKeyedAsync($"/api/v1/permits/{id}/submit", null, ifMatch: uploaded.Headers.ETag!.Tag);
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, $"{(int)submitted.StatusCode} {await submitted.Content.ReadAsStringAsync(Ct)}");
        return (id, draft.GetProperty("creditCode").GetString()!);
    }

    /// <summary>The reviewer has no API: 审核通过 on the review page, with the cookie and the antiforgery token.</summary>
    private async Task ApproveOnTheReviewPageAsync(int id)
    {
        var reviewer = app.CreateBrowserLikeClient();
        await reviewer.SignInAsync(DemoAccounts.Reviewer);
        var token = await reviewer.GetAntiforgeryTokenAsync("/Admin/Review");
        var approve = await reviewer.PostAsync($"/Admin/Review/Details?id={id}&handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trigger"] = PermitTriggers.Approve,
            ["Comment"] = "",
            ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
    }

    /// <summary>Each line as (序号, approved, used, remaining).</summary>
    private static (int, int, int, int)[] Lines(JsonElement permit)
        => [.. permit.GetProperty("lines").EnumerateArray().Select(l => (
            l.GetProperty("lineNo").GetInt32(), l.GetProperty("approved").GetInt32(), l.GetProperty("used").GetInt32(), l.GetProperty("remaining").GetInt32()))];
}
