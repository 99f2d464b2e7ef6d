using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PermitCms.Api.Abstractions;

/// <summary>How a module maps its part of the HTTP API under <see cref="ApiDefaults.Prefix"/>.</summary>
public static class ApiEndpointExtensions
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A group under /api/v1<paramref name="path"/>: API tokens only (no cookie, so no CSRF and no antiforgery),
    /// the per-token rate limit, Idempotency-Key on POST and ProblemDetails for every error.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string path, string tag)
    {
        var group = endpoints.MapGroup(ApiDefaults.Prefix + path)
            .RequireAuthorization(ApiDefaults.Policy)
            .RequireRateLimiting(ApiDefaults.RateLimitPolicy)
            .DisableAntiforgery()
            .WithTags(tag);
        group.AddEndpointFilter((context, next) => context.HttpContext.RequestServices.GetRequiredService<IApiRequestPipeline>().InvokeAsync(context, next));
        return group;
    }

    /// <summary>Example bodies shown in the OpenAPI document (and so in Scalar) for the request and the success response.</summary>
    public static RouteHandlerBuilder WithExamples(this RouteHandlerBuilder builder, object? request, object? response, int status = StatusCodes.Status200OK)
        => builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (request is not null && operation.RequestBody?.Content is { } requestContent)
            {
                foreach (var media in requestContent.Values)
                {
                    media.Example = JsonSerializer.SerializeToNode(request, Web);
                }
            }

            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (response is not null && operation.Responses?.TryGetValue(key, out var answer) == true && answer.Content is { } responseContent)
            {
                foreach (var media in responseContent.Values)
                {
                    media.Example = response as JsonNode ?? JsonSerializer.SerializeToNode(response, Web);
                }
            }

            return Task.CompletedTask;
        });
}
