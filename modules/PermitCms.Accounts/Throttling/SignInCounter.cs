namespace PermitCms.Accounts.Throttling;

/// <summary>
/// One fixed-window counter of the shared sign-in limits (<see cref="SignInLimitStore.Database"/>): how many
/// attempts <see cref="Key"/> (policy and address or user name) made in window number <see cref="Window"/>.
/// </summary>
public sealed class SignInCounter
{
    public const int KeyMaxLength = 300;

    public required string Key { get; set; }

    /// <summary>UTC ticks divided by the window's ticks: every instance computes the same number for the same minute.</summary>
    public long Window { get; set; }

    public int Count { get; set; }
}
