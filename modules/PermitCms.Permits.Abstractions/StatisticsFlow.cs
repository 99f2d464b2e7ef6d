namespace PermitCms.Permits.Abstractions;

/// <summary>One week (starting Monday) or month: 收到 (申报), 审核通过 and 退回 that happened in it.</summary>
public sealed record StatisticsFlow(DateOnly PeriodStart, int Received, int Approved, int Returned);
