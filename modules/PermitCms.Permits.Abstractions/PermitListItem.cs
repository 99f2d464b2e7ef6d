namespace PermitCms.Permits.Abstractions;

/// <summary>One line of an application list (批准单查询, 审核队列): only the columns lists show.</summary>
public sealed record PermitListItem(
    int Id,
    string ApplicationNo,
    string? ApprovalFormNo,
    int EnterpriseId,
    string ImporterName,
    string? PortCode,
    string PortLabel,
    string State,
    int WorkflowDefinitionVersionId,
    DateTime? DeclaredAt,
    DateTime CreatedAt);
