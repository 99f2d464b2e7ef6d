using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("One application of the list.")]
public sealed record PermitApiListItem(int Id, string ApplicationNo, string? ApprovalFormNo, string? PortCode, [property: Description("入境口岸 with its name.")] string PortLabel, string State, DateTime? DeclaredAt, DateTime CreatedAt);
