using System.Text.Json;
using System.Text.Json.Serialization;

namespace Microfactory.Server.Api;

/// <summary>
/// Every string the API reads, values and dictionary keys alike, goes through here: a control character is refused
/// by field before any service sees it. Registered for all strings in <c>ServiceRegistration.Configure</c>, so a new
/// endpoint cannot forget it; a field that may span lines opts into <see cref="MultiLineTextConverter"/>.
/// </summary>
internal class SingleLineTextConverter : JsonConverter<string>
{
    protected virtual bool MultiLine => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(); // the serializer reports this as the wrong type, with the path
        }
        return Checked(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString()!, multiLine: false);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private string Checked(string value) => Checked(value, MultiLine);

    private static string Checked(string value, bool multiLine)
    {
        var index = TextRules.FindForbidden(value, multiLine);
        return index < 0 ? value : throw new TextRuleException(TextRules.Violation(value, index, multiLine));
    }
}
