using System.Text.Json;
using System.Text.Json.Serialization;

namespace PermitCms.Workflows.Abstractions;

/// <summary>
/// Reads and writes activity settings JSON; bad JSON reads as null so callers can report it. One serializer
/// for the runtime, the editor and modules' default definitions, so that all of them write the same JSON.
/// </summary>
public static class ActivitySettingsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static T? Read<T>(string? json)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Write<T>(T settings) => JsonSerializer.Serialize(settings, Options);
}
