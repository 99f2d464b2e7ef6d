using Microsoft.AspNetCore.Http;
using PermitCms.Api.Abstractions;

namespace PermitCms.Permits.Api;

/// <summary>A command's refusal as ProblemDetails: the status by kind, the command's own Chinese message, the fields by their JSON names.</summary>
internal static class PermitApiResults
{
    public static IResult Failure<T>(PermitCommandResult<T> result, bool ifMatchSent)
    {
        var (status, title) = result.Status switch
        {
            PermitCommandStatus.NotFound => (StatusCodes.Status404NotFound, "未找到"),
            PermitCommandStatus.Forbidden => (StatusCodes.Status403Forbidden, "无权操作"),
            PermitCommandStatus.Invalid => (StatusCodes.Status422UnprocessableEntity, "请求内容有误"),
            PermitCommandStatus.NotEditable => (StatusCodes.Status409Conflict, "当前状态不能修改"),
            PermitCommandStatus.Refused => (StatusCodes.Status409Conflict, "操作未被接受"),
            // A stale If-Match is the client's precondition failing; without one it was a race with another writer.
            PermitCommandStatus.Conflict => (ifMatchSent ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict, "数据已被修改"),
            _ => (StatusCodes.Status400BadRequest, "请求未完成"),
        };

        var errors = result.Errors
            .GroupBy(Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return ApiProblems.Problem(status, title, result.Message, errors);
    }

    public static IResult Invalid(string field, string message)
        => ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, "请求内容有误", message, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The JSON name of a field (<c>approvalFormNo</c>); a workbook cell as <c>rows[3].quantity</c>.</summary>
    private static string Key(PermitFieldError error)
        => error.Row is { } row ? $"rows[{row}].{Camel(error.Field)}" : Camel(error.Field);

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
