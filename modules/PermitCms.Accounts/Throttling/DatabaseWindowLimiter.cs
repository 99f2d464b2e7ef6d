using System.Threading.RateLimiting;

namespace PermitCms.Accounts.Throttling;

/// <summary>
/// One partition (a client address) of ASP.NET Core's rate limiter, counted in <see cref="SignInCounterStore"/>.
/// The middleware tries the synchronous path first and, when refused, awaits <see cref="AcquireAsyncCore"/>; the
/// synchronous path therefore always refuses, so that every count is one awaited database statement.
/// </summary>
internal sealed class DatabaseWindowLimiter(SignInCounterStore store, string key, int limit, TimeSpan window, TimeProvider time) : RateLimiter
{
    private long _lastUsedTicks = time.GetTimestamp();

    public override TimeSpan? IdleDuration => time.GetElapsedTime(Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsedTicks, time.GetTimestamp());
        if (permitCount == 0)
        {
            return Lease.Granted;
        }

        return await store.TryCountAsync(key, limit, window, cancellationToken) ? Lease.Granted : Lease.Refused;
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
