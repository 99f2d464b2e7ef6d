using Microsoft.AspNetCore.Http;

namespace PermitCms.Api.Abstractions;

/// <summary>
/// What runs around every API endpoint (Idempotency-Key on POST, ProblemDetails instead of the HTML error
/// pages); implemented by PermitCms.Api so that modules mapping endpoints need not know how.
/// </summary>
public interface IApiRequestPipeline
{
    ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next);
}
