using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PermitCms.Permits.Api;

/// <summary>The conditions of 批准单查询 from the query string (applicationNo, approvalFormNo, state, from, to, page, pageSize), with the page's messages.</summary>
internal static class PermitApiQuery
{
    public static (PermitQuery? Query, int Page, int PageSize, IResult? Error) Parse(IQueryCollection values)
    {
        DateOnly? Date(string name, out string? error)
        {
            error = null;
            var text = values[name].ToString();
            if (text.Length == 0)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            error = "日期格式应为 yyyy-MM-dd";
            return null;
        }

        var from = Date("from", out var fromError);
        var to = Date("to", out var toError);
        if ((fromError ?? toError) is { } dateError)
        {
            return (null, 0, 0, PermitApiResults.Invalid(fromError is null ? "to" : "from", dateError));
        }

        if (from > to)
        {
            return (null, 0, 0, PermitApiResults.Invalid("from", "申报日期的开始日期不能晚于结束日期。"));
        }

        var page = int.TryParse(values["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var size = int.TryParse(values["pageSize"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : PermitQuery.DefaultPageSize;
        if (!PermitQuery.PageSizes.Contains(size))
        {
            return (null, 0, 0, PermitApiResults.Invalid("pageSize", $"每页条数只能是 {string.Join("、", PermitQuery.PageSizes)}"));
        }

        var state = values["state"].ToString();
        var query = new PermitQuery(values["applicationNo"], values["approvalFormNo"], state.Length == 0 ? null : state, from, to);
        return (query, page, size, null);
    }
}
