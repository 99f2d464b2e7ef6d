using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PermitCms.Core.Security;

namespace PermitCms.Web.Hosting;

/// <summary>
/// /health for a load balancer: anyone gets the states; only a signed-in administrator gets descriptions,
/// exception messages and timings, which could tell an attacker about the database.
/// </summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        object body = context.User.IsInRole(Roles.Administrator)
            ? new
            {
                status = report.Status.ToString(),
                totalMilliseconds = report.TotalDuration.TotalMilliseconds,
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, error = e.Value.Exception?.Message }),
            }
            : new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString() }),
            };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
