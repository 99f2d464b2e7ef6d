namespace PermitCms.Permits.Abstractions;

/// <summary>How many applications have the value <paramref name="Code"/> (a state, a port); <paramref name="Name"/> is what users read.</summary>
public sealed record StatisticsCount(string Code, string Name, int Count);
