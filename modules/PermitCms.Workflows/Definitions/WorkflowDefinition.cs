namespace PermitCms.Workflows.Definitions;

/// <summary>A named workflow (one per kind of item, e.g. an application); its behaviour lives in its versions.</summary>
public sealed class WorkflowDefinition
{
    public const int NameMaxLength = 100;

    public int Id { get; set; }

    /// <summary>The name modules start items on (the module that owns the lifecycle offers it, see <see cref="Abstractions.IWorkflowDefinitionSource"/>).</summary>
    public required string Name { get; set; }

    /// <summary>Chinese title shown to administrators.</summary>
    public string Title { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public List<WorkflowDefinitionVersion> Versions { get; set; } = [];
}
