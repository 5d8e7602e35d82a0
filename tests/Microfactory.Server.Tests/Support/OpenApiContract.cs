using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// The served OpenAPI document as a contract: its operations, and a check of a real answer against
/// what the document says the operation answers (status, media type, JSON Schema of the body,
/// required headers). OpenAPI 3.1 schemas are JSON Schema 2020-12; references into
/// <c>#/components/schemas</c> are resolved by moving the components into <c>$defs</c>.
/// </summary>
internal sealed class OpenApiContract
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private readonly JsonObject _definitions;
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private int _built;

    private OpenApiContract(JsonObject document, string text)
    {
        Document = document;
        Text = text;
        _definitions = (JsonObject)Rewrite(document["components"]?["schemas"]?.DeepClone() ?? new JsonObject());
        Operations =
        [
            .. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
                .Where(o => Methods.Contains(o.Key))
                .Select(o => new Operation(o.Key.ToUpperInvariant(), path.Key, o.Value!["operationId"]?.GetValue<string>() ?? $"{o.Key} {path.Key}", o.Value!.AsObject()))),
        ];
    }

    public JsonObject Document { get; }

    public string Text { get; }

    public IReadOnlyList<Operation> Operations { get; }

    public static async Task<OpenApiContract> LoadAsync(HttpClient client)
    {
        var text = await client.GetStringAsync("/openapi/v1.json");
        return new OpenApiContract(JsonNode.Parse(text)!.AsObject(), text);
    }

    public Operation this[string operationId] => Operations.Single(o => o.Id == operationId);

    /// <summary>Every way <paramref name="response"/> departs from the document's description of <paramref name="operation"/>; empty when it conforms.</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(Operation operation, HttpResponseMessage response, string call)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = await response.Content.ReadAsByteArrayAsync();
        var where = $"{operation.Id} ({operation.Method} {operation.Path}) {call}: {status}";
        if (operation.Node["responses"]?[status] is not JsonObject documented)
        {
            return [$"{where} is not documented (documented: {string.Join(", ", operation.Statuses)}). Body: {Preview(body)}"];
        }
        var failures = new List<string>();
        foreach (var (name, header) in documented["headers"]?.AsObject() ?? [])
        {
            if (header?["required"]?.GetValue<bool>() == true && !response.Headers.Contains(name) && !response.Content.Headers.Contains(name))
            {
                failures.Add($"{where} lacks the documented header {name}.");
            }
        }
        var content = documented["content"]?.AsObject();
        if (body.Length == 0)
        {
            if (content is { Count: > 0 })
            {
                failures.Add($"{where} has an empty body; the document promises {string.Join(", ", content.Select(c => c.Key))}.");
            }
            return failures;
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (content?[mediaType] is not JsonObject media)
        {
            failures.Add($"{where} answers {mediaType}, but the document lists {(content is null ? "no body" : string.Join(", ", content.Select(c => c.Key)))}.");
            return failures;
        }
        if (media["schema"] is not JsonNode schema)
        {
            failures.Add($"{where}: {mediaType} has no schema in the document.");
            return failures;
        }
        if (IsJson(response.Content.Headers.ContentType))
        {
            using var instance = JsonDocument.Parse(body);
            var result = Schema(schema).Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
                    .Take(8);
                failures.Add($"{where}: the body does not match the documented schema: {string.Join("; ", errors)}. Body: {Preview(body)}");
            }
        }
        else if (schema["type"]?.GetValue<string>() is not "string" && schema["$ref"] is null)
        {
            failures.Add($"{where}: {mediaType} is documented with a schema that is not a string.");
        }
        return failures;
    }

    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } m && (m == "application/json" || m.EndsWith("+json", StringComparison.Ordinal));

    private static string Preview(byte[] body) =>
        body.Length == 0 ? "(empty)" : System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400));

    private JsonSchema Schema(JsonNode schema)
    {
        var key = schema.ToJsonString();
        if (!_schemas.TryGetValue(key, out var built))
        {
            var wrapper = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = _definitions.DeepClone(),
                ["allOf"] = new JsonArray(Rewrite(schema.DeepClone())),
            };
            var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
            using var parsed = JsonDocument.Parse(wrapper.ToJsonString());
            built = JsonSchema.Build(parsed.RootElement.Clone(), options, new Uri($"https://microfactory.test/openapi/{++_built}"));
            _schemas[key] = built;
        }
        return built;
    }

    /// <summary>Points <c>#/components/schemas/X</c> references at <c>#/$defs/X</c>, in place.</summary>
    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    obj["$ref"] = "#/$defs/" + reference["#/components/schemas/".Length..];
                }
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        Rewrite(child);
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Rewrite(child);
                    }
                }
                break;
        }
        return node;
    }

    /// <summary>One operation of the document.</summary>
    internal sealed record Operation(string Method, string Path, string Id, JsonObject Node)
    {
        public IReadOnlyList<string> Statuses => [.. Node["responses"]?.AsObject().Select(r => r.Key) ?? []];

        public IReadOnlyList<string> PathParameters =>
            [.. Path.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}'))];

        public bool HasJsonBody => Node["requestBody"]?["content"]?["application/json"] is not null;

        public JsonNode? JsonBodySchema => Node["requestBody"]?["content"]?["application/json"]?["schema"];

        public string Url(IReadOnlyDictionary<string, string> values) =>
            PathParameters.Aggregate(Path, (url, name) => url.Replace("{" + name + "}", Uri.EscapeDataString(values[name]), StringComparison.Ordinal));

        public override string ToString() => $"{Method} {Path}";
    }
}
