namespace PermitCms.Workflows.Abstractions;

/// <summary>A definition a module offers through <see cref="IWorkflowDefinitionSource"/>.</summary>
/// <param name="Name">The name the module starts its items on (<see cref="IWorkflowService.StartAsync"/>); at most 100 characters.</param>
/// <param name="Title">Chinese title shown to administrators.</param>
/// <param name="Document">States and transitions of version 1.</param>
public sealed record DefaultWorkflowDefinition(string Name, string Title, WorkflowDocument Document);
