namespace PermitCms.Permits.Abstractions;

/// <summary>One page of a list and the number of matching applications.</summary>
public sealed record PermitListPage(IReadOnlyList<PermitListItem> Rows, int Total, int PageNo, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
