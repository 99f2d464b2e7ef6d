namespace PermitCms.DataGen;

/// <summary>What to generate. The same options (seed and end day included) give the same rows.</summary>
public sealed record GeneratorOptions(int Applications, int Enterprises, int Years, int Seed, DateOnly Until)
{
    /// <summary>Applications written (and committed) per batch: bounds memory and the SQLite WAL.</summary>
    public int BatchSize { get; init; } = 50_000;

    /// <summary>The share of all applications that belongs to the first enterprise (its deep pages).</summary>
    public double LargeEnterpriseShare { get; init; } = 0.1;
}
