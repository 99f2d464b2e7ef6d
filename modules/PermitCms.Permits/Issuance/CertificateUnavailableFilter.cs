using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Logging;

namespace PermitCms.Permits.Issuance;

/// <summary>
/// 下载批准单 on a server without the certificate fonts: every page that downloads the PDF (the enterprise's and the
/// reviewers', in other modules) answers 503 with a Chinese explanation instead of a 500, and the log names the file.
/// </summary>
internal sealed partial class CertificateUnavailableFilter(ILogger<CertificateUnavailableFilter> logger) : IAsyncPageFilter
{
    public const string ViewName = "PermitCertificateUnavailable";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is CertificateFontMissingException missing && !executed.ExceptionHandled)
        {
            FontMissing(logger, missing.FontPath, missing);
            executed.Result = new ViewResult { ViewName = ViewName, StatusCode = StatusCodes.Status503ServiceUnavailable };
            executed.ExceptionHandled = true;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "电子批准单 not rendered: the font file {FontPath} is missing.")]
    private static partial void FontMissing(ILogger logger, string fontPath, Exception exception);
}
