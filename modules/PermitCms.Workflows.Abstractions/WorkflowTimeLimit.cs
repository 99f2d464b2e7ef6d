namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// A time limit on a state, in working days of the working-day calendar: a reminder before it runs out and an
/// escalation when it has. Stored with the state in the definition document, so it is versioned with it.
/// </summary>
public sealed class WorkflowTimeLimit
{
    public const int MaxWorkingDays = 365;

    /// <summary>Working days after the day the item entered the state; the limit ends at China midnight after the last one.</summary>
    public int WorkingDays { get; set; }

    /// <summary>Remind when this many working days are left (counting the current day); 0 for no reminder.</summary>
    public int RemindBeforeDays { get; set; }

    /// <summary>Roles whose users get the reminder.</summary>
    public List<string> RemindRoles { get; set; } = [];

    /// <summary>Roles whose users get the escalation.</summary>
    public List<string> EscalateRoles { get; set; } = [];

    /// <summary>Optional address that receives a signed JSON POST for the reminder and the escalation.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Optional trigger of a transition out of the state (e.g. 退回) that the system fires once when the limit has
    /// passed, after the escalation's messages; null to only remind and escalate.
    /// </summary>
    public string? EscalateTrigger { get; set; }
}
