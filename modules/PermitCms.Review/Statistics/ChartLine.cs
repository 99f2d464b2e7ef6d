namespace PermitCms.Review.Statistics;

/// <summary>An axis or grid line.</summary>
public sealed record ChartLine(double X1, double Y1, double X2, double Y2, string CssClass);
