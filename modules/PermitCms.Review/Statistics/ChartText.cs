namespace PermitCms.Review.Statistics;

/// <summary>A label of a chart; <paramref name="Anchor"/> is SVG's text-anchor (start, middle, end).</summary>
public sealed record ChartText(double X, double Y, string Text, string CssClass, string Anchor = "start");
