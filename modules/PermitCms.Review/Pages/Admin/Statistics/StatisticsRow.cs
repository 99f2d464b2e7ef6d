namespace PermitCms.Review.Pages.Admin.Statistics;

/// <summary>A table row: its key (code or period, in <c>data-key</c>), its text cells and its figures.</summary>
public sealed record StatisticsRow(string Key, IReadOnlyList<string> Labels, IReadOnlyList<int> Values);
