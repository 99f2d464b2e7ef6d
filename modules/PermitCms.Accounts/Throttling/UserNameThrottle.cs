using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PermitCms.Accounts.Throttling;

/// <summary>
/// Password sign-ins per submitted user name, from any address: a spread-out attack on one account is slowed
/// before the lockout. Unknown names count too, so the limit tells nothing about which names exist.
/// Counted in this process or, with <see cref="SignInLimitStore.Database"/>, across every instance.
/// </summary>
public sealed class UserNameThrottle(IOptions<SignInLimitOptions> options, SignInCounterStore store) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerUserName,
            Window = options.Value.Window,
            QueueLimit = 0,
        }));

    /// <summary>False when this user name has had its attempts for the current window.</summary>
    public async Task<bool> TryAcquireAsync(string userName, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return true;
        }

        var name = userName.Trim().ToUpperInvariant();
        if (settings.Store == SignInLimitStore.Database)
        {
            return await store.TryCountAsync("user:" + name, settings.PerUserName, settings.Window, cancellationToken);
        }

        using var lease = _limiter.AttemptAcquire(name);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
