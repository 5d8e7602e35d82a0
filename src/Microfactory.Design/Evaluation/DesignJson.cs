using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Microfactory.Design.Evaluation;

/// <summary>Serialises a <see cref="Design"/> as design.json: camelCase, indented, enums as strings, file bytes left out.</summary>
public static class DesignJson
{
    /// <summary>The options design.json is written with; use them to read it back too.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>design.json as UTF-8 bytes.</summary>
    public static byte[] Serialize(Design design) => JsonSerializer.SerializeToUtf8Bytes(design, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        // Shared, so frozen: no caller can change how design.json is written.
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
