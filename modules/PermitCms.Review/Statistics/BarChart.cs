namespace PermitCms.Review.Statistics;

/// <summary>Horizontal bars, one per row (a state, a port, a country), the label on the left and the figure at the bar's end.</summary>
public static class BarChart
{
    private const double Width = 560, LabelWidth = 150, ValueWidth = 48, Row = 26, Bar = 18, Top = 6;

    public static SvgChart Build(string id, string title, IReadOnlyList<(string Label, int Value, string CssClass)> rows, string unit)
    {
        var max = rows.Select(r => r.Value).DefaultIfEmpty(0).Max();
        var chart = new SvgChart
        {
            Id = id, Title = title, Width = Width, Height = Top * 2 + Row * Math.Max(1, rows.Count), Empty = max == 0,
            Description = $"{title}：{string.Join("，", rows.Select(r => $"{r.Label} {r.Value} {unit}"))}",
        };
        var plot = Width - LabelWidth - ValueWidth;
        chart.Lines.Add(new ChartLine(LabelWidth, Top, LabelWidth, chart.Height - Top, "chart-axis"));
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, css) = rows[i];
            var y = Top + Row * i + (Row - Bar) / 2;
            var w = max == 0 ? 0 : plot * value / max;
            chart.Texts.Add(new ChartText(LabelWidth - 8, y + Bar - 5, Shorten(label), "chart-label", "end"));
            chart.Shapes.Add(new ChartShape(LabelWidth, y, Math.Max(w, value > 0 ? 1 : 0), Bar, css, $"{label}：{value} {unit}"));
            chart.Texts.Add(new ChartText(LabelWidth + w + 6, y + Bar - 5, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "chart-value"));
        }

        return chart;
    }

    /// <summary>Long port names ("上海海关驻浦东国际机场办事处") would run over the bars; the tooltip and the table keep them whole.</summary>
    private static string Shorten(string label) => label.Length <= 10 ? label : label[..9] + "…";
}
