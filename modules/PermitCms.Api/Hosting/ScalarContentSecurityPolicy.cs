using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Scalar.AspNetCore;

namespace PermitCms.Api.Hosting;

/// <summary>
/// The API reference (/scalar) is Scalar's single-page app: one inline module script that starts it (allowed by a
/// per-request nonce, never 'unsafe-inline' for scripts) and styles it sets at run time (so 'unsafe-inline' for
/// styles on this page only). Every other page keeps the app's strict policy. This runs first in the pipeline,
/// so its OnStarting callback runs last (they run in reverse order) and replaces the header the app's security
/// headers middleware wrote; the page talks only to this origin (no CDN, fonts or proxy of Scalar's).
/// </summary>
internal sealed class ScalarContentSecurityPolicy : IStartupFilter
{
    public const string Path = "/scalar";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Path.StartsWithSegments(Path))
            {
                context.Response.OnStarting(() =>
                {
                    var nonce = context.Items[ScalarOptions.NonceHttpContextItemKey] as string;
                    var scripts = nonce is null ? "'self'" : $"'self' 'nonce-{nonce}'";
                    context.Response.Headers.ContentSecurityPolicy =
                        $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
                    return Task.CompletedTask;
                });
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
