using System.Net;
using System.Text.Json;
using PermitCms.Accounts.Seeding;
using PermitCms.Tests.Infrastructure;
using static PermitCms.Tests.Api.ApiClient;

namespace PermitCms.Tests.Api;

/// <summary>The OpenAPI document is served to anyone and is structurally valid; Scalar is served; the limiter counts per token.</summary>
public sealed class ApiDocumentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_openapi_document_describes_every_path_with_operations_responses_and_the_bearer_scheme()
    {
        await using var app = new PermitCmsFactory();
        var client = app.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        Assert.False(string.IsNullOrEmpty(document.GetProperty("info").GetProperty("title").GetString()));
        var paths = document.GetProperty("paths").EnumerateObject().ToList();
        string[] expected = ["/api/v1/permits", "/api/v1/permits/{id}", "/api/v1/permits/{id}/goods", "/api/v1/permits/{id}/goods/{goodsId}",
            "/api/v1/permits/{id}/goods/import", "/api/v1/permits/{id}/attachments", "/api/v1/permits/{id}/attachments/{attachmentId}",
            "/api/v1/permits/{id}/submit", "/api/v1/permits/{id}/withdraw", "/api/v1/permits/{id}/copy", "/api/v1/permits/{id}/certificate",
            "/api/v1/customs/permits/{permitNo}", "/api/v1/customs/permits/{permitNo}/uses"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), paths.Select(p => p.Name).Order(StringComparer.Ordinal));
        string[] verbs = ["get", "put", "post", "delete", "patch"];
        foreach (var path in paths)
        {
            var operations = path.Value.EnumerateObject().Where(o => verbs.Contains(o.Name)).ToList();
            Assert.NotEmpty(operations);
            foreach (var operation in operations)
            {
                Assert.True(operation.Value.TryGetProperty("responses", out var responses) && responses.EnumerateObject().Any(), $"{operation.Name} {path.Name} has no responses");
                Assert.True(operation.Value.TryGetProperty("summary", out _), $"{operation.Name} {path.Name} has no summary");
            }
        }

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        var create = document.GetProperty("paths").GetProperty("/api/v1/permits").GetProperty("post");
        Assert.Equal("PZ-2026-000123", create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("approvalFormNo").GetString());
        var basic = document.GetProperty("components").GetProperty("schemas").GetProperty("PermitApiBasic");
        Assert.Contains("port of entry", basic.GetProperty("properties").GetProperty("portCode").GetProperty("description").GetString());

        var scalar = await client.GetAsync("/scalar", Ct);
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        var csp = scalar.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("'nonce-", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        // The app's pages keep the strict policy.
        Assert.DoesNotContain("unsafe-inline", (await client.GetAsync("/Account/Login", Ct)).Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_rate_limit_counts_per_token_and_answers_429_problem_details()
    {
        await using var app = new KestrelPermitCmsFactory();
        app.Set("Api:RateLimit:PermitLimit", "3").Set("Api:RateLimit:WindowSeconds", "300");
        using var first = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1));
        using var second = For(app, await CreateTokenThroughPageAsync(app, DemoAccounts.Enterprise1, "第二个"));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/permits", Ct)).StatusCode);
        }

        var limited = await first.GetAsync("/api/v1/permits", Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.Contains("请求次数已达上限", (await limited.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/permits", Ct)).StatusCode);
    }
}
