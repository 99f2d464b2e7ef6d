using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Lifecycle;

/// <summary>Offers <see cref="PermitWorkflow"/> to the Workflows seeder: the permit lifecycle belongs to this module.</summary>
internal sealed class PermitWorkflowSource : IWorkflowDefinitionSource
{
    public IEnumerable<DefaultWorkflowDefinition> GetDefaultDefinitions()
        => [new(PermitApplication.WorkflowName, PermitWorkflow.Title, PermitWorkflow.Create())];
}
