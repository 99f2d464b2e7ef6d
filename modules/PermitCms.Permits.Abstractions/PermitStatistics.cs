namespace PermitCms.Permits.Abstractions;

/// <summary>
/// 统计分析 over one range. By status, port and country count the applications declared (申报日期) in the range
/// that staff see (not 暂存 or 已删除), by their current state; the flows count the transitions of the workflow
/// history in the range: every 申报 (a resubmission again), every 审核通过 and every 退回; the review time runs from
/// the 申报 before a decision to the decision.
/// </summary>
public sealed record PermitStatistics(
    StatisticsRange Range,
    IReadOnlyList<StatisticsCount> ByStatus,
    IReadOnlyList<StatisticsFlow> Weekly,
    IReadOnlyList<StatisticsFlow> Monthly,
    IReadOnlyList<StatisticsReviewTime> ReviewTimes,
    IReadOnlyList<StatisticsCount> ByPort,
    IReadOnlyList<StatisticsOrigin> ByCountry)
{
    public int Applications => ByStatus.Sum(s => s.Count);
}
