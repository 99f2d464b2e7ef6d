using System.Text.Json;
using System.Text.Json.Serialization;

namespace PermitCms.Workflows.Activities;

/// <summary>Settings of the built-in "notify" activity.</summary>
public sealed class NotifySettings
{
    /// <summary>Notify the users of the item's owner enterprise.</summary>
    public bool Owner { get; set; }

    /// <summary>Notify every user in these roles.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Optional message text; by default it names the item, the action and the new state.</summary>
    public string? Message { get; set; }
}

/// <summary>Settings of the built-in "webhook" activity.</summary>
public sealed class WebhookSettings
{
    /// <summary>Absolute http(s) URL the JSON is POSTed to.</summary>
    public string Url { get; set; } = "";
}

/// <summary>Reads and writes activity settings JSON; bad JSON reads as null so callers can report it.</summary>
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
