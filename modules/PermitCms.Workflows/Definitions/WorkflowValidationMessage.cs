namespace PermitCms.Workflows.Definitions;

/// <summary>One finding of <see cref="WorkflowValidator"/>; errors block publishing, warnings do not.</summary>
public sealed record WorkflowValidationMessage(bool IsError, string Message);
