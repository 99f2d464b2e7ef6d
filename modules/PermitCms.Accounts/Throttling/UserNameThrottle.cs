using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PermitCms.Accounts.Throttling;

/// <summary>
/// Password sign-ins per submitted user name, from any address: a spread-out attack on one account is slowed
/// before the lockout. Unknown names count too, so the limit tells nothing about which names exist.
/// </summary>
public sealed class UserNameThrottle(IOptions<SignInLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerUserName,
            Window = options.Value.Window,
            QueueLimit = 0,
        }));

    /// <summary>False when this user name has had its attempts for the current window.</summary>
    public bool TryAcquire(string userName)
    {
        if (!options.Value.Enabled)
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
