using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PermitCms.Api.Abstractions;
using PermitCms.Permits.Applications;

namespace PermitCms.Permits.Api;

/// <summary>
/// Handlers read their bodies themselves: a malformed body gets a Chinese ProblemDetails naming the place, and
/// the body is still unread when the Idempotency-Key filter hashes it.
/// </summary>
internal static class PermitApiBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Value, IResult? Error)> JsonAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "请求格式不支持", "请以 Content-Type: application/json 提交 JSON。"));
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Json, ct) is { } value
                ? (value, null)
                : (null, PermitApiResults.Invalid("", "请求体不能为空。"));
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "";
            return (null, PermitApiResults.Invalid(field, $"请求体不是有效的 JSON{(field.Length > 0 ? "（字段 " + field + "）" : "")}，请检查后重试。"));
        }
    }

    /// <summary>The form's <c>file</c> part; null when the request has none (the command then says what to choose).</summary>
    public static async Task<(PermitUpload? File, IResult? Error)> FileAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "请求格式不支持", "请以 multipart/form-data 上传，文件放在 file 字段中。"));
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        return (file is null ? null : new PermitUpload(file.FileName, file.Length, file.OpenReadStream()), null);
    }
}
