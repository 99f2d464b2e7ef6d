using System.Text.Json.Serialization;

namespace PermitCms.Workflows.Abstractions;

/// <summary>A state of a <see cref="WorkflowDocument"/>; <see cref="Code"/> is what the item's state column holds.</summary>
public sealed class WorkflowStateDefinition
{
    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>The owner may change the item's data in this state.</summary>
    public bool OwnerCanEdit { get; set; }

    /// <summary>Shown in lists; false hides the item (kept for audit).</summary>
    public bool Listed { get; set; } = true;

    public bool IsFinal { get; set; }

    public bool IsInitial { get; set; }

    /// <summary>How long an item may stay in this state; null for no limit (and then absent from the stored JSON).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WorkflowTimeLimit? TimeLimit { get; set; }
}
