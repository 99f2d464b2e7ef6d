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

    /// <summary>
    /// A round axis maximum at or above <paramref name="max"/> whose quarter (the grid step) is a whole, round
    /// number: counts never get a "12.5" tick.
    /// </summary>
    public static int NiceCeiling(int max)
    {
        var raw = Math.Max(1, max) / 4.0;
        if (raw <= 10)
        {
            return 4 * (int)Math.Ceiling(raw);
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return 4 * (int)step;
    }
}
