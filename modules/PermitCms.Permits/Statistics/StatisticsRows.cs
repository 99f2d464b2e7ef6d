namespace PermitCms.Permits.Statistics;

/// <summary>A row of <see cref="StatisticsSql.Flows"/>, as the database returns it.</summary>
internal sealed class FlowRow
{
    public string Period { get; set; } = "";

    public long Received { get; set; }

    public long Approved { get; set; }

    public long Returned { get; set; }
}

/// <summary>A row of <see cref="StatisticsSql.ReviewTimes"/>: seconds.</summary>
internal sealed class ReviewTimeRow
{
    public string Kind { get; set; } = "";

    public long Decisions { get; set; }

    public double? Median { get; set; }

    public double? P90 { get; set; }
}
