using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PermitCms.Api.Abstractions;

/// <summary>Errors of the API as ProblemDetails (RFC 9457): a Chinese title and detail, and the refused fields under <c>errors</c>.</summary>
public static class ApiProblems
{
    public static IResult Problem(int status, string title, string? detail = null, IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is { Count: > 0 }
            ? new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail }
            : new ProblemDetails { Status = status, Title = title, Detail = detail };
        return Results.Problem(problem);
    }

    /// <summary>Writes a ProblemDetails straight to the response (for middleware: authentication, rate limiter, idempotency).</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string? detail = null)
    {
        context.Response.StatusCode = status;
        return Problem(status, title, detail).ExecuteAsync(context);
    }
}
