using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PermitCms.Tests.Workflows.Timers;

/// <summary>
/// A clock the test sets, shared by every app instance it is given to. Only "now" is faked: timers and delays
/// keep real time, so background services still poll while the test moves the date by weeks.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref ticks, now.UtcTicks);

    /// <summary>Makes the app use this clock wherever it asks <see cref="TimeProvider"/>.</summary>
    public void Install(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(this);
    });
}
