namespace PermitCms.Permits.Abstractions;

/// <summary>
/// Review time of the decisions of one kind (<see cref="All"/>, <see cref="PermitStates.Approved"/> or
/// <see cref="PermitStates.Rejected"/>): median and 90th percentile in hours, interpolated between ranks as
/// PostgreSQL's percentile_cont does; null when there was no decision.
/// </summary>
public sealed record StatisticsReviewTime(string Kind, string Name, int Decisions, double? MedianHours, double? P90Hours)
{
    public const string All = "All";
}
