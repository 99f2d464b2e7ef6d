namespace PermitCms.Workflows.Deadlines;

/// <summary>What a due deadline row fires: the reminder before the limit, or the escalation after it.</summary>
internal enum DeadlineEvent
{
    Reminder,
    Escalation,
}
