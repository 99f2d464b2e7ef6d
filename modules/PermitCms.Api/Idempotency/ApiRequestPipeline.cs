using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using PermitCms.Api.Abstractions;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;

namespace PermitCms.Api.Idempotency;

/// <summary>
/// Around every API endpoint: errors stay ProblemDetails (the HTML status pages are off), and a POST needs an
/// Idempotency-Key. The first request with a key does the work and its answer is kept; a retry with the same
/// key and the same request gets that answer again (header <c>Idempotent-Replayed: true</c>); the same key
/// with another request is refused with 422. Handlers read their own bodies, so the body is still unread here.
/// </summary>
public sealed class ApiRequestPipeline(PermitCmsDbContext db, TimeProvider time) : IApiRequestPipeline
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return await next(context);
        }

        var key = http.Request.Headers[ApiDefaults.IdempotencyKeyHeader].ToString().Trim();
        if (key.Length is 0 or > IdempotencyRecord.KeyMaxLength)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "缺少 Idempotency-Key",
                $"每个 POST 请求须带请求头 Idempotency-Key（1 到 {IdempotencyRecord.KeyMaxLength} 个字符，建议用 UUID）；重试同一请求时使用同一个值。",
                new Dictionary<string, string[]> { [ApiDefaults.IdempotencyKeyHeader] = ["请提供 Idempotency-Key 请求头"] });
        }

        var userId = http.User.GetUserId() ?? "";
        var hash = await HashAsync(http.Request, http.RequestAborted);
        var now = time.GetUtcNow().UtcDateTime;
        var records = db.Set<IdempotencyRecord>();
        await records.Where(r => r.CreatedAt < now - IdempotencyRecord.Lifetime).ExecuteDeleteAsync(http.RequestAborted);

        var record = new IdempotencyRecord { UserId = userId, Key = key, RequestHash = hash, CreatedAt = now };
        records.Add(record);
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // The key was used before (or is in use right now): answer from the first request.
            db.ChangeTracker.Clear();
            var first = await records.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, http.RequestAborted);
            return await ReplayAsync(http, first, hash);
        }
        finally
        {
            db.Entry(record).State = EntityState.Detached;
        }

        return await RecordAsync(context, next, record.Id);
    }

    private async Task<object?> RecordAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, long recordId)
    {
        var http = context.HttpContext;
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            var result = await next(context);
            await (result as IResult ?? Results.Ok(result)).ExecuteAsync(http);
        }
        catch
        {
            await Forget(recordId);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }

        var body = buffer.ToArray();
        var response = http.Response;
        if (response.StatusCode >= 500)
        {
            // A failure of ours is not an answer to keep: the client may retry with the same key.
            await Forget(recordId);
        }
        else
        {
            var location = response.Headers.Location.ToString();
            var etag = response.Headers.ETag.ToString();
            await db.Set<IdempotencyRecord>().Where(r => r.Id == recordId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.StatusCode, response.StatusCode)
                .SetProperty(r => r.ContentType, response.ContentType)
                .SetProperty(r => r.Location, location.Length == 0 ? null : location)
                .SetProperty(r => r.ETag, etag.Length == 0 ? null : etag)
                .SetProperty(r => r.Body, body), CancellationToken.None);
        }

        await original.WriteAsync(body, http.RequestAborted);
        return Results.Empty;
    }

    private Task Forget(long recordId) => db.Set<IdempotencyRecord>().Where(r => r.Id == recordId).ExecuteDeleteAsync(CancellationToken.None);

    private static async Task<object?> ReplayAsync(HttpContext http, IdempotencyRecord? first, byte[] hash)
    {
        if (first?.StatusCode is not { } status)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "请求正在处理", "使用同一 Idempotency-Key 的请求正在处理中，请稍后重试。");
        }

        if (!CryptographicOperations.FixedTimeEquals(first.RequestHash, hash))
        {
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key 已被使用",
                "该 Idempotency-Key 已用于另一个内容不同的请求；新的请求请使用新的 Idempotency-Key。",
                new Dictionary<string, string[]> { [ApiDefaults.IdempotencyKeyHeader] = ["该值已用于另一个请求"] });
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = first.ContentType;
        http.Response.Headers[ReplayedHeader] = "true";
        if (first.Location is { } location)
        {
            http.Response.Headers.Location = location;
        }

        if (first.ETag is { } etag)
        {
            http.Response.Headers.ETag = etag;
        }

        await http.Response.Body.WriteAsync(first.Body ?? [], http.RequestAborted);
        return Results.Empty;
    }

    /// <summary>SHA-256 of what makes the request this request: method, path, query, content type and body.</summary>
    private static async Task<byte[]> HashAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString} {request.ContentType}\n"));
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return sha.GetHashAndReset();
    }
}
