namespace PermitCms.Accounts.Seeding;

/// <summary>The "Seed" configuration section.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Demo enterprises and accounts on first run into an empty database. Set false in production.</summary>
    public bool DemoData { get; set; } = true;
}
