namespace PermitCms.QueryBench;

/// <summary>One condition of the query page or the reviewer queue.</summary>
public sealed record BenchCase(string Name, PermitListScope Scope, PermitQuery Query, int PageNo, PermitListOrder Order);
