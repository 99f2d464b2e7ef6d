namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// Where an item stands against its state's time limit. <see cref="WorkingDays"/> is what is left (today
/// included) or, when <see cref="Overdue"/>, how many working days it is late (at least 1).
/// </summary>
public sealed record WorkflowDeadlineInfo(DateTime DueAt, bool Overdue, int WorkingDays)
{
    /// <summary>"剩余 5 个工作日" or "已超期 2 个工作日".</summary>
    public string Text => Overdue ? $"已超期 {WorkingDays} 个工作日" : $"剩余 {WorkingDays} 个工作日";
}
