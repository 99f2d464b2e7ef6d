namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// Offered by a module that owns a lifecycle (registered in DI, one or more per module): the definitions it
/// needs to exist on a fresh install. Workflows seeds each one whose name is not defined yet as published
/// version 1, and never touches it again, so administrators' later versions are theirs.
/// </summary>
public interface IWorkflowDefinitionSource
{
    /// <summary>A fresh document on every call: the seeder stores it, callers may change it.</summary>
    IEnumerable<DefaultWorkflowDefinition> GetDefaultDefinitions();
}
