namespace PermitCms.Review.Statistics;

/// <summary>One bar of a chart, with the tooltip (<c>&lt;title&gt;</c>) that screen readers and hovering read.</summary>
public sealed record ChartShape(double X, double Y, double Width, double Height, string CssClass, string Title);
