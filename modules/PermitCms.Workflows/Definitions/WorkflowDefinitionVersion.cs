using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Definitions;

/// <summary>
/// One version of a definition. Drafts are edited; a published or retired version never changes again, which
/// is why items pin its id and the runtime may cache it forever.
/// </summary>
public sealed class WorkflowDefinitionVersion
{
    public int Id { get; set; }

    public int DefinitionId { get; set; }

    public WorkflowDefinition? Definition { get; set; }

    /// <summary>1, 2, 3 … within the definition.</summary>
    public int VersionNumber { get; set; }

    public WorkflowVersionStatus Status { get; set; }

    /// <summary>The <see cref="WorkflowDocument"/> as JSON.</summary>
    public string Document { get; set; } = "{}";

    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>Concurrency token: two administrators editing one draft never silently overwrite each other.</summary>
    public int Revision { get; set; }

    public WorkflowDocument ReadDocument() => WorkflowDocumentSerializer.Deserialize(Document);

    public void WriteDocument(WorkflowDocument document)
    {
        Document = WorkflowDocumentSerializer.Serialize(document);
        Revision++;
    }
}
