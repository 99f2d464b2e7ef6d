using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace PermitCms.Api.Abstractions;

/// <summary>Optimistic concurrency over HTTP: the ETag is the resource's revision; If-Match sends back the one the client read.</summary>
public static class ApiConcurrency
{
    public static string ETag(int revision) => "\"" + revision.ToString(CultureInfo.InvariantCulture) + "\"";

    public static void SetETag(HttpResponse response, int revision) => response.Headers.ETag = ETag(revision);

    /// <summary>
    /// The revision If-Match names: null when the header is absent or <c>*</c> (no check), -1 when it names no
    /// revision of ours (so it can never match and the command answers 412).
    /// </summary>
    public static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        return EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag)
            && int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? revision
            : -1;
    }
}
