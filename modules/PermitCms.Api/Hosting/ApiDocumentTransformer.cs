using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PermitCms.Api.Abstractions;

namespace PermitCms.Api.Hosting;

/// <summary>The document's title, description and the bearer scheme every operation needs.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    private const string BearerScheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "PermitCms API — 音像制品（成品）进口批准单",
            Version = ApiDefaults.DocumentName,
            Description = """
                HTTP API for enterprise ERP systems: the same applications, rules, workflow and audit as the web pages.

                * **Authentication**: `Authorization: Bearer <API token>`; a user creates and revokes tokens on 个人中心 → API 令牌.
                  A token acts as its user, within that user's enterprise.
                * **Idempotency-Key** is required on every POST; a retry with the same key returns the first answer
                  (header `Idempotent-Replayed: true`) and does not create a second application; the same key with another body is 422.
                  Keys are kept for 24 hours.
                * **Concurrency**: responses for an application carry `ETag` (its revision); send it back in `If-Match` on
                  PUT, DELETE and the actions — a stale one is refused with 412.
                * **Errors** are ProblemDetails (RFC 9457): `title` and `detail` in Chinese, as the pages say them; `errors` keyed by field name.
                * **Rate limit** per token (429 with `Retry-After`).
                """,
        };

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "API token (pcms_…) made on 个人中心 → API 令牌.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
        return Task.CompletedTask;
    }
}
