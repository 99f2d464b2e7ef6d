using System.Text.Encodings.Web;
using System.Text.Json;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Definitions;

/// <summary>One JSON shape for the document column, readable in the database (Chinese kept unescaped).</summary>
public static class WorkflowDocumentSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(WorkflowDocument document) => JsonSerializer.Serialize(document, Options);

    public static WorkflowDocument Deserialize(string json)
        => JsonSerializer.Deserialize<WorkflowDocument>(json, Options) ?? new WorkflowDocument();

    /// <summary>A deep copy, so that a draft made from a published version shares nothing with it.</summary>
    public static WorkflowDocument Clone(WorkflowDocument document) => Deserialize(Serialize(document));
}
