using System.Globalization;

namespace PermitCms.Review.Statistics;

/// <summary>
/// The geometry of a server-drawn SVG chart (no script, no inline style: colours are CSS classes of
/// statistics.css, so the CSP holds). Built by <see cref="ColumnChart"/> and <see cref="BarChart"/>; rendered by
/// the _SvgChart partial, whose <c>viewBox</c> makes it scale with the card.
/// </summary>
public sealed class SvgChart
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required double Width { get; init; }

    public required double Height { get; init; }

    public List<ChartShape> Shapes { get; } = [];

    public List<ChartText> Texts { get; } = [];

    public List<ChartLine> Lines { get; } = [];

    public List<(string Name, string CssClass)> Legend { get; } = [];

    /// <summary>No figure above zero: the partial shows 暂无数据 instead of an empty frame.</summary>
    public bool Empty { get; init; }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A round axis maximum at or above <paramref name="max"/> (1, 2 or 5 times a power of ten).</summary>
    public static int NiceCeiling(int max)
    {
        if (max <= 4)
        {
            return 4;
        }

        var magnitude = (int)Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1, 2, 5, 10 })
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
