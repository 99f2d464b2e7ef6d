namespace PermitCms.Workflows.Deadlines;

/// <summary>
/// The time limit of one stay of an item in a state with a <c>TimeLimit</c>: opened when the item enters the state,
/// closed when it leaves. <see cref="RemindedAt"/> and <see cref="EscalatedAt"/> are set once, by the instance whose
/// conditional UPDATE won (ADR 0006), in the same transaction as the notifications and webhook rows it writes.
/// </summary>
public sealed class WorkflowDeadline
{
    public long Id { get; set; }

    public required string ItemType { get; set; }

    public required string ItemId { get; set; }

    public required string State { get; set; }

    public int DefinitionVersionId { get; set; }

    /// <summary>How the item is named and linked in reminders, taken when the deadline opened (the timer has no item).</summary>
    public string ItemName { get; set; } = "";

    public string? ItemUrl { get; set; }

    public DateTime EnteredAt { get; set; }

    public DateTime DueAt { get; set; }

    /// <summary>Null when the limit has no reminder.</summary>
    public DateTime? RemindAt { get; set; }

    public DateTime? RemindedAt { get; set; }

    public DateTime? EscalatedAt { get; set; }

    public DateTime? ClosedAt { get; set; }
}
