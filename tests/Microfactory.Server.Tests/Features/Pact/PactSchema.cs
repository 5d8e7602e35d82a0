using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Microfactory.Server.Tests.Features.Pact;

/// <summary>
/// The PACT v3 OpenAPI schemas (copies in Schema/, sources in Schema/NOTICE.md) evaluated by JsonSchema.Net: the
/// specification's own (3.0.3, with its decimal patterns) and the conformance tool's (3.0.4). Their
/// <c>components.schemas</c> become <c>$defs</c>.
/// </summary>
internal static class PactSchema
{
    public const string Specification = "pact-v3-openapi.json";
    public const string Conformance = "pact-conformance-openapi-v3.json";

    private static readonly Dictionary<(string File, string Schema), JsonSchema> Built = [];
    private static readonly Lock Gate = new();

    /// <summary>The errors of <paramref name="instance"/> against <paramref name="schema"/> of both documents; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string schema, JsonElement instance) =>
        [.. new[] { Specification, Conformance }.SelectMany(file => Errors(file, schema, instance).Select(e => $"{file}: {e}"))];

    public static IReadOnlyList<string> Errors(string file, string schema, JsonElement instance)
    {
        var result = Schema(file, schema).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no detail)"];
    }

    private static JsonSchema Schema(string file, string schema)
    {
        lock (Gate)
        {
            if (!Built.TryGetValue((file, schema), out var built))
            {
                var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Pact", "Schema", file)))!.AsObject();
                var definitions = document["components"]!["schemas"]!.DeepClone().AsObject();
                foreach (var (name, parameter) in document["components"]!["parameters"]!.AsObject())
                {
                    definitions["parameter-" + name] = parameter!["schema"]!.DeepClone();
                }
                Rewrite(definitions, null);
                var wrapper = new JsonObject
                {
                    ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                    ["$defs"] = definitions,
                    ["$ref"] = "#/$defs/" + schema,
                };
                using var parsed = JsonDocument.Parse(wrapper.ToJsonString());
                built = JsonSchema.Build(parsed.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://pact.test/{file}/{schema}"));
                Built[(file, schema)] = built;
            }
            return built;
        }
    }

    /// <summary>
    /// Points <c>#/components/schemas/X</c> at <c>#/$defs/X</c> (a parameter's schema at <c>#/$defs/parameter-X</c>), and drops the events' <c>properties: {$ref: …}</c> (a
    /// property named "$ref" whose schema is a string, which no evaluator can build; the event's own properties stay).
    /// </summary>
    private static void Rewrite(JsonNode? node, string? key)
    {
        switch (node)
        {
            case JsonObject obj:
                if (key == "properties")
                {
                    obj.Remove("$ref");
                }
                if (obj["description"] is JsonObject)
                {
                    // The events describe their criteria by pointing at the parameters' descriptions: text, not a schema.
                    obj.Remove("description");
                }
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target)
                {
                    if (target.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                    {
                        obj["$ref"] = "#/$defs/" + target["#/components/schemas/".Length..];
                    }
                    else if (target.StartsWith("#/components/parameters/", StringComparison.Ordinal) && target.EndsWith("/schema", StringComparison.Ordinal))
                    {
                        obj["$ref"] = "#/$defs/parameter-" + target["#/components/parameters/".Length..^"/schema".Length];
                    }
                }
                foreach (var (name, child) in obj.ToList())
                {
                    Rewrite(child, name);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rewrite(child, null);
                }
                break;
        }
    }
}
