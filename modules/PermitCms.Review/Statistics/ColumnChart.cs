namespace PermitCms.Review.Statistics;

/// <summary>Grouped vertical columns: one group per category (week, month), one column per series, y axis with four steps.</summary>
public static class ColumnChart
{
    private const double Width = 720, Height = 280, Left = 44, Right = 8, Top = 12, Bottom = 40;

    public static SvgChart Build(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, int labelEvery = 1)
    {
        var max = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var chart = new SvgChart
        {
            Id = id, Title = title, Width = Width, Height = Height, Empty = max == 0,
            Description = $"{title}：{categories.Count} 个周期，{string.Join("、", series.Select(s => $"{s.Name}合计 {s.Values.Sum()}"))}",
        };
        chart.Legend.AddRange(series.Select(s => (s.Name, s.CssClass)));
        var top = SvgChart.NiceCeiling(max);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        for (var step = 0; step <= 4; step++)
        {
            var y = Top + plotHeight - plotHeight * step / 4;
            chart.Lines.Add(new ChartLine(Left, y, Width - Right, y, step == 0 ? "chart-axis" : "chart-grid"));
            chart.Texts.Add(new ChartText(Left - 6, y + 4, SvgChart.Number(top * step / 4.0), "chart-tick", "end"));
        }

        var group = plotWidth / Math.Max(1, categories.Count);
        var column = group * 0.8 / Math.Max(1, series.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = Left + group * c + group * 0.1;
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c];
                var h = plotHeight * value / top;
                chart.Shapes.Add(new ChartShape(x0 + column * s, Top + plotHeight - h, Math.Max(column - 0.5, 0.5), h, series[s].CssClass,
                    $"{categories[c]} {series[s].Name}：{value}"));
            }

            if (c % labelEvery == 0)
            {
                chart.Texts.Add(new ChartText(Left + group * c + group / 2, Height - Bottom + 16, categories[c], "chart-tick", "middle"));
            }
        }

        return chart;
    }
}
