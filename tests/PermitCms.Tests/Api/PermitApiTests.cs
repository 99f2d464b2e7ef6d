using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PermitCms.Accounts.Seeding;
using PermitCms.Api.Tokens;
using PermitCms.Core.Auditing;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;
using PermitCms.Tests.Infrastructure;
using PermitCms.Tests.Permits;
using static PermitCms.Tests.Api.ApiClient;

namespace PermitCms.Tests.Api;

/// <summary>An ERP client on a real Kestrel port with a token made on 个人中心: the whole life of an application, and every refusal.</summary>
public sealed class PermitApiTests(KestrelPermitCmsFactory app) : IClassFixture<KestrelPermitCmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_erp_client_walks_an_application_from_draft_to_copy_and_delete()
    {
        using var api = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1));

        var created = await api.PostKeyedAsync("/api/v1/permits", Json(new { approvalFormNo = "API-WALK-1", portCode = "0100", contactName = "王小明", contactPhone = "010-12345678" }));
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode} {await created.Content.ReadAsStringAsync(Ct)}");
        var draft = await created.JsonAsync();
        var id = draft.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/permits/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("华音文化进出口有限公司", draft.GetProperty("importerName").GetString());
        Assert.Equal(PermitStates.Draft, draft.GetProperty("state").GetString());
        var etag = created.Headers.ETag!.Tag;

        var changed = await api.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/permits/{id}", Json(new { approvalFormNo = "API-WALK-1", portCode = "0100", contactName = "李四", contactPhone = "010-87654321" }), etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("李四", (await changed.JsonAsync()).GetProperty("contactName").GetString());

        var added = await api.PostKeyedAsync($"/api/v1/permits/{id}/goods", Json(Goods("卡门")));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var line = (await added.JsonAsync()).GetProperty("goods")[0];
        Assert.Equal(58.5m, line.GetProperty("totalPrice").GetDecimal());
        var goodsId = line.GetProperty("id").GetInt32();

        var replaced = await api.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/permits/{id}/goods/{goodsId}", Json(Goods("茶花女", quantity: "4")), added.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("茶花女", (await replaced.JsonAsync()).GetProperty("goods")[0].GetProperty("title").GetString());

        var imported = await api.PostKeyedAsync($"/api/v1/permits/{id}/goods/import", File(PermitTestData.Workbook([PermitTestData.GoodsRow(1), PermitTestData.GoodsRow(2)]), "商品.xlsx"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(3, (await imported.JsonAsync()).GetProperty("goodsCount").GetInt32());

        var deleted = await api.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/permits/{id}/goods/{goodsId}", null, imported.Headers.ETag!.Tag);
        Assert.Equal(2, (await deleted.JsonAsync()).GetProperty("goodsCount").GetInt32());

        var uploaded = await api.PostKeyedAsync($"/api/v1/permits/{id}/attachments", File(AttachmentTemplate.Build(), "节目清单.xlsx"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachmentId = (await uploaded.JsonAsync()).GetProperty("attachments")[0].GetProperty("id").GetInt32();
        var download = await api.GetAsync($"/api/v1/permits/{id}/attachments/{attachmentId}", Ct);
        Assert.Equal(AttachmentTemplate.Build().Length > 0, (await download.Content.ReadAsByteArrayAsync(Ct)).Length > 0);

        var submitted = await api.PostKeyedAsync($"/api/v1/permits/{id}/submit", null, ifMatch: uploaded.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(PermitStates.PendingReview, (await submitted.JsonAsync()).GetProperty("state").GetString());

        var list = await (await api.GetAsync("/api/v1/permits?approvalFormNo=API-WALK-1&state=PendingReview&pageSize=10", Ct)).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetInt32());

        var details = await (await api.GetAsync($"/api/v1/permits/{id}", Ct)).JsonAsync();
        Assert.Equal(["create", PermitTriggers.Submit], details.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("trigger").GetString() ?? "").ToArray());
        Assert.NotEqual(JsonValueKind.Null, details.GetProperty("declaredAt").ValueKind);
        Assert.Contains(PermitTriggers.Withdraw, details.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));

        // Read-only after 申报, exactly as on the page.
        var refused = await api.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/permits/{id}", Json(new { contactName = "改不了" }), null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("不能修改", (await refused.JsonAsync()).GetProperty("detail").GetString());

        var withdrawn = await api.PostKeyedAsync($"/api/v1/permits/{id}/withdraw", null);
        Assert.Equal(PermitStates.Draft, (await withdrawn.JsonAsync()).GetProperty("state").GetString());

        var copied = await api.PostKeyedAsync($"/api/v1/permits/{id}/copy", null);
        Assert.Equal(HttpStatusCode.Created, copied.StatusCode);
        var copy = await copied.JsonAsync();
        Assert.NotEqual(id, copy.GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Null, copy.GetProperty("approvalFormNo").ValueKind);
        Assert.Equal(2, copy.GetProperty("goodsCount").GetInt32());
        Assert.Equal(1, copy.GetProperty("attachments").GetArrayLength());

        var removed = await api.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/permits/{copy.GetProperty("id").GetInt32()}", null, copied.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/permits/{copy.GetProperty("id").GetInt32()}", Ct)).StatusCode);

        // The workflow's history is the pages' own: the API user is named in it.
        var history = await app.WithDbAsync(db => db.Set<PermitApplication>().Where(p => p.Id == id).Select(p => p.UpdatedBy).SingleAsync(Ct));
        Assert.False(string.IsNullOrEmpty(history));
    }

    [Fact]
    public async Task Another_enterprises_application_does_not_exist_for_the_token()
    {
        using var owner = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1));
        using var other = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise2));
        var id = (await (await owner.PostKeyedAsync("/api/v1/permits", Json(new { contactName = "甲" }))).JsonAsync()).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/permits/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostKeyedAsync($"/api/v1/permits/{id}/goods", Json(Goods()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostKeyedAsync($"/api/v1/permits/{id}/copy", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.SendWithIfMatchAsync(HttpMethod.Delete, $"/api/v1/permits/{id}", null, null)).StatusCode);
        var list = await (await other.GetAsync("/api/v1/permits?pageSize=100", Ct)).JsonAsync();
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task Revoked_expired_missing_and_cookie_credentials_get_401_problem_details()
    {
        var secret = await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1, "将被吊销");
        using var api = For(app, secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/permits", Ct)).StatusCode);

        var hash = ApiTokenService.HashOf(secret);
        await app.WithDbAsync(db => db.Set<ApiToken>().Where(t => t.Hash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)), Ct));
        var expired = await api.GetAsync("/api/v1/permits", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("application/problem+json", expired.Content.Headers.ContentType!.MediaType);
        Assert.Contains("已过期", (await expired.JsonAsync()).GetProperty("detail").GetString());

        // Revoked through the admin page, as an administrator would.
        var live = await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1, "管理员吊销");
        using var liveApi = For(app, live);
        Assert.Equal(HttpStatusCode.OK, (await liveApi.GetAsync("/api/v1/permits", Ct)).StatusCode);
        var liveHash = ApiTokenService.HashOf(live);
        var tokenId = await app.WithDbAsync(db => db.Set<ApiToken>().Where(t => t.Hash == liveHash).Select(t => t.Id).SingleAsync(Ct));
        var admin = app.CreateBrowserLikeClient();
        await admin.SignInAsync(DemoAccounts.Administrator);
        var revoke = await admin.PostFormAsync("/Admin/ApiTokens", $"/Admin/ApiTokens?handler=Revoke&id={tokenId}", new Dictionary<string, string>());
        Assert.Contains("令牌已吊销", await revoke.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await liveApi.GetAsync("/api/v1/permits", Ct)).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Kind == AuditKinds.ApiTokenRevoked && e.Detail.Contains("管理员吊销"), Ct)));

        using var anonymous = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var none = await anonymous.GetAsync("/api/v1/permits", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);

        // A signed-in browser's cookie is not an API credential.
        var browser = app.CreateBrowserLikeClient();
        await browser.SignInAsync(DemoAccounts.Enterprise1);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/permits", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_changes_nothing()
    {
        using var api = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1));
        var created = await api.PostKeyedAsync("/api/v1/permits", Json(new { contactName = "初始" }));
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        var stale = created.Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await api.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/permits/{id}", Json(new { contactName = "第一次" }), stale)).StatusCode);

        var second = await api.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/permits/{id}", Json(new { contactName = "第二次" }), stale);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Contains("已被他人修改", (await second.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("第一次", (await (await api.GetAsync($"/api/v1/permits/{id}", Ct)).JsonAsync()).GetProperty("contactName").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.PostKeyedAsync($"/api/v1/permits/{id}/submit", null, ifMatch: stale)).StatusCode);
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_creates_one_application_and_another_body_is_422()
    {
        using var api = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1));
        var key = Guid.NewGuid().ToString();
        var body = new { approvalFormNo = "API-IDEM-" + key[..8], contactName = "重试" };

        var first = await api.PostKeyedAsync("/api/v1/permits", Json(body), key);
        var retry = await api.PostKeyedAsync("/api/v1/permits", Json(body), key);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.JsonAsync()).GetProperty("id").GetInt32(), (await retry.JsonAsync()).GetProperty("id").GetInt32());
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<PermitApplication>().CountAsync(p => p.ApprovalFormNo == body.approvalFormNo, Ct)));

        var different = await api.PostKeyedAsync("/api/v1/permits", Json(new { contactName = "另一个" }), key);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, different.StatusCode);
        Assert.True((await different.JsonAsync()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));

        var missing = new HttpRequestMessage(HttpMethod.Post, "/api/v1/permits") { Content = Json(body) };
        var refused = await api.SendAsync(missing, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Idempotency-Key", (await refused.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_invalid_field_is_problem_details_with_the_pages_chinese_message_and_the_field_name()
    {
        using var api = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1));
        var before = await app.WithDbAsync(db => db.Set<PermitApplication>().CountAsync(Ct));

        var response = await api.PostKeyedAsync("/api/v1/permits", Json(new { portCode = "XXXX", contactPhone = "abc" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal("基本信息有误，请按提示修改。", problem.GetProperty("detail").GetString());
        Assert.Equal("入境口岸不在关区代码表中，请从列表中选择", problem.GetProperty("errors").GetProperty("portCode")[0].GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("contactPhone", out _));
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<PermitApplication>().CountAsync(Ct)));

        var id = (await (await api.PostKeyedAsync("/api/v1/permits", Json(new { contactName = "甲" }))).JsonAsync()).GetProperty("id").GetInt32();
        var goods = await (await api.PostKeyedAsync($"/api/v1/permits/{id}/goods", Json(Goods(quantity: 0)))).JsonAsync();
        Assert.True(goods.GetProperty("errors").TryGetProperty("quantity", out var quantity));
        Assert.Contains("数量", quantity[0].GetString());

        var malformed = await api.PostKeyedAsync("/api/v1/permits", new StringContent("{\"contactName\": 5", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.StatusCode);
        Assert.Contains("JSON", (await malformed.JsonAsync()).GetProperty("detail").GetString());
    }
}
