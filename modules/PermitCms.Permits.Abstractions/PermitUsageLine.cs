namespace PermitCms.Permits.Abstractions;

/// <summary>One goods line of a permit with its approved, used (核销) and remaining quantities.</summary>
public sealed record PermitUsageLine(int LineNo, string Title, string HsCode, string Unit, int Approved, int Used)
{
    public int Remaining => Approved - Used;
}
