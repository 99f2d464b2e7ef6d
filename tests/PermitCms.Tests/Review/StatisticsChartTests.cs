using PermitCms.Review.Statistics;

namespace PermitCms.Tests.Review;

/// <summary>The charts' y axis: a round top whose quarter is a whole number, never below the largest figure.</summary>
public sealed class StatisticsChartTests
{
    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 4)]
    [InlineData(11, 12)]
    [InlineData(49, 60)]
    [InlineData(200, 200)]
    [InlineData(1375, 1600)]
    public void The_axis_top_is_round(int max, int top) => Assert.Equal(top, SvgChart.NiceCeiling(max));

    [Fact]
    public void Every_top_covers_its_figure_with_whole_steps()
        => Assert.All(Enumerable.Range(0, 20_000), max =>
        {
            var top = SvgChart.NiceCeiling(max);
            Assert.True(top >= max && top % 4 == 0 && top <= Math.Max(8, max * 2), $"{max} → {top}");
        });
}
