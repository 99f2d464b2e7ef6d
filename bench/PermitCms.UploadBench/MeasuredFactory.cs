using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Tests.Infrastructure;

namespace PermitCms.UploadBench;

/// <summary>What the server spent on the last POST: wall time inside the pipeline, bytes allocated, peak managed heap growth.</summary>
public sealed record ServerCost(double Milliseconds, long AllocatedBytes, long PeakHeapGrowth, int Status);

/// <summary>The tests' app, with a first middleware that measures each POST on the server side only.</summary>
public sealed class MeasuredFactory : PermitCmsFactory
{
    public ServerCost? Last { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new Filter(this)));
    }

    private sealed class Filter(MeasuredFactory owner) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate nextStep) =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    await nextStep(context);
                    return;
                }

                GC.Collect();
                var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var peak = heapBefore;
                using var done = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!done.IsCancellationRequested)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(false));
                        await Task.Delay(2);
                    }
                });
                var watch = Stopwatch.StartNew();
                await nextStep(context);
                watch.Stop();
                await done.CancelAsync();
                await sampler;
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                owner.Last = new ServerCost(watch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, peak - heapBefore, context.Response.StatusCode);
            });
            next(app);
        };
    }
}
