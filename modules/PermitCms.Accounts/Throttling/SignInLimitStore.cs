namespace PermitCms.Accounts.Throttling;

/// <summary>Where the sign-in limits count (<c>SignInLimits:Store</c>).</summary>
public enum SignInLimitStore
{
    /// <summary>In this process: right for one instance; several instances each count on their own.</summary>
    Memory,

    /// <summary>In the app's database (table SignInCounters), so that every instance counts against one limit.</summary>
    Database,
}
