namespace PermitCms.Review.Statistics;

/// <summary>One series of a column chart: its legend name, its colour class and a value per category.</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<int> Values);
