namespace PermitCms.Workflows.Abstractions;

/// <summary>An activity attached to a transition, by name, with its settings as JSON text.</summary>
public sealed class WorkflowActivityDefinition
{
    public string Name { get; set; } = "";

    /// <summary>Activity-specific JSON; built-in activities read it with <see cref="ActivitySettingsJson"/>.</summary>
    public string? Settings { get; set; }
}
