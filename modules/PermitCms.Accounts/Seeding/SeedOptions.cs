namespace PermitCms.Accounts.Seeding;

/// <summary>The "Seed" configuration section.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>
    /// Demo enterprises and accounts (all with the published password) on first run into an empty database.
    /// Unset: in Development only. True elsewhere seeds them too, with a warning in the log; false never.
    /// </summary>
    public bool? DemoData { get; set; }
}
