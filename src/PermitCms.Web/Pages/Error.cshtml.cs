using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PermitCms.Web.Pages;

/// <summary>One friendly page for errors and for status codes (404, 400 …).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int ErrorCode { get; private set; } = 500;

    public string? RequestId { get; private set; }

    public void OnGet(int? code) => Set(code);

    public void OnPost(int? code) => Set(code);

    public string Message => ErrorCode switch
    {
        404 => "您访问的页面不存在或已被删除。",
        400 => "请求无效，请返回后重试。",
        403 => "您没有权限执行该操作。",
        429 => "尝试次数过多，请稍后再试。",
        _ => "系统处理请求时出错，请稍后重试。",
    };

    private void Set(int? code)
    {
        ErrorCode = code ?? 500;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
