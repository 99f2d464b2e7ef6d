using PermitCms.Review.Statistics;

namespace PermitCms.Review.Pages.Admin.Statistics;

/// <summary>One card of the page: the chart and, beside it, the table of the same figures.</summary>
public sealed record StatisticsSection(string Key, string Title, SvgChart Chart, IReadOnlyList<string> Headers, IReadOnlyList<StatisticsRow> Rows);
