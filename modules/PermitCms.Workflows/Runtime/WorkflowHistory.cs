namespace PermitCms.Workflows.Runtime;

/// <summary>
/// One transition of one item. Only ever inserted: no page or service updates or deletes it, so it is the
/// audit trail of who moved what, when and why.
/// </summary>
public sealed class WorkflowHistory : PermitCms.Core.Data.IAppendOnly
{
    public long Id { get; set; }

    public required string ItemType { get; set; }

    public required string ItemId { get; set; }

    public int DefinitionVersionId { get; set; }

    /// <summary>Null for the "create" entry.</summary>
    public string? FromState { get; set; }

    public required string ToState { get; set; }

    public required string Trigger { get; set; }

    public string? TriggerNameZh { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public DateTime OccurredAt { get; set; }

    public string? Comment { get; set; }
}
