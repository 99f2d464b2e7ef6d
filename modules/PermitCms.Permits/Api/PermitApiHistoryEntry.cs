using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("One transition of the workflow.")]
public sealed record PermitApiHistoryEntry(string? FromState, string ToState, string Trigger, [property: Description("The trigger in Chinese, e.g. 申报.")] string? TriggerName, string UserName, DateTime OccurredAt, string? Comment);
