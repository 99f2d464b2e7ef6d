using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;

namespace PermitCms.Web.Data;

/// <summary>
/// Opens the request's context's connection once around a page's GET handler, so that the handler's statements
/// share it. Left to itself EF opens and closes the connection around each statement; a page handler runs 5–10
/// (the application, its actions, goods, attachments, history, changes, the code lists' and workflows' stamps), and on
/// SQLite every open of a pooled connection registers EF's functions again: 6 % of the details page's CPU (issue 11,
/// docs/performance.md §3). The connection is back in the pool before the page renders, as before, so PostgreSQL holds
/// it no longer than the handler's statements. POST handlers keep EF's own handling: they open their transactions.
/// </summary>
internal sealed class HandlerConnectionFilter(PermitCmsDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            await next();
            return;
        }

        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            await next();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
