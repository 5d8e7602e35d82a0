using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Microfactory.Copilot.Evaluation;

/// <summary>
/// A set of evaluation cases, read from JSON:
/// <c>{"name": "…", "cases": [{"id", "category", "role", "turns": ["…"], "intent"?, "slots"?: {"machine": "mch_laser"}, "kind"?, "facts"?: ["82.5 %"], "absent"?, "cites"?: ["oee"]}]}</c>.
/// The host reads the file; this library only parses the text.
/// </summary>
/// <param name="Name">The set's name.</param>
/// <param name="Cases">The cases.</param>
public sealed record EvaluationSet(string Name, IReadOnlyList<EvaluationCase> Cases)
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Parses a set; a clear error naming the case and field when it is malformed.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The set.</returns>
    /// <exception cref="FormatException">The text is not a valid set.</exception>
    public static EvaluationSet Parse(string json)
    {
        EvaluationSet? set;
        try
        {
            set = JsonSerializer.Deserialize<EvaluationSet>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"evaluation set: {e.Path ?? "$"}: {e.Message}", e);
        }
        if (set?.Cases is null)
        {
            throw new FormatException("evaluation set: cases: required.");
        }
        for (var i = 0; i < set.Cases.Count; i++)
        {
            var c = set.Cases[i];
            if (string.IsNullOrWhiteSpace(c.Id) || string.IsNullOrWhiteSpace(c.Category) || c.Turns is not { Count: > 0 })
            {
                throw new FormatException($"evaluation set: cases[{i}]: id, category and at least one turn are required.");
            }
        }
        var duplicate = set.Cases.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? set : throw new FormatException($"evaluation set: case id '{duplicate.Key}' is used twice.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
