namespace PermitCms.Workflows.Definitions;

public enum WorkflowVersionStatus
{
    /// <summary>Editable; never runs items.</summary>
    Draft,

    /// <summary>The one version new items start on; immutable.</summary>
    Published,

    /// <summary>Replaced by a newer published version; items pinned to it keep running on it.</summary>
    Retired,
}
