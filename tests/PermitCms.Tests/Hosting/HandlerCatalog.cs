using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PermitCms.Tests.Hosting;

/// <summary>One page handler of the running app: its page, verb, handler name and the parameters it binds.</summary>
public sealed record PageHandler(string Page, string Verb, string? Name, IReadOnlyList<string> Parameters, bool TakesFile)
{
    public override string ToString() => $"{Verb} {Page}{(Name is null ? "" : "?handler=" + Name)}";

    /// <summary>
    /// Every handler of every page every module contributes, read from the app's own endpoint data and page
    /// loader (so a handler added later is covered without touching the tests).
    /// </summary>
    public static async Task<IReadOnlyList<PageHandler>> DiscoverAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new List<PageHandler>();
        var descriptors = services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>())
            .OfType<PageActionDescriptor>()
            .DistinctBy(d => d.ViewEnginePath);
        foreach (var descriptor in descriptors)
        {
            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            var page = descriptor.ViewEnginePath.EndsWith("/Index", StringComparison.Ordinal) && descriptor.ViewEnginePath.Length > "/Index".Length
                ? descriptor.ViewEnginePath[..^"/Index".Length]
                : descriptor.ViewEnginePath;
            var bound = compiled.BoundProperties.Select(p => p.BindingInfo?.BinderModelName ?? p.Name);
            foreach (var handler in compiled.HandlerMethods)
            {
                var parameters = handler.Parameters
                    .Where(p => p.BindingInfo?.BindingSource?.Id is not ("Services" or "Special"))
                    .Select(p => p.BindingInfo?.BinderModelName ?? p.Name)
                    .Concat(bound)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .ToList();
                var takesFile = handler.MethodInfo.GetParameters().Any(p => p.ParameterType == typeof(IFormFile));
                handlers.Add(new PageHandler(page, handler.HttpMethod.ToUpperInvariant(), handler.Name, parameters, takesFile));
            }
        }

        return handlers.OrderBy(h => h.Page, StringComparer.Ordinal).ThenBy(h => h.Verb, StringComparer.Ordinal).ThenBy(h => h.Name, StringComparer.Ordinal).ToList();
    }
}
