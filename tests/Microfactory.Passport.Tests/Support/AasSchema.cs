using System.Text.Json;
using Json.Schema;

namespace Microfactory.Passport.Tests.Support;

/// <summary>
/// The official AAS v3.0 JSON schema (a copy in Schema/aas.json), evaluated twice, by two validators we did not write:
/// JsonSchema.Net in process and npm's ajv (Verification/schema.cjs, JSON Schema 2019-09).
/// </summary>
internal static class AasSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "aas.json"));
        using var document = JsonDocument.Parse(text);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(document.RootElement.Clone(), options, new Uri("https://admin-shell.io/aas/3/0"));
    });

    /// <summary>The schema errors in <paramref name="utf8Json"/>, each with its instance location; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(byte[] utf8Json) => [.. NetErrors(utf8Json), .. AjvErrors(utf8Json).Select(e => "ajv: " + e)];

    /// <summary>What ajv finds; empty when valid.</summary>
    public static IReadOnlyList<string> AjvErrors(byte[] utf8Json) =>
        JsonSerializer.Deserialize<List<string>>(AasCoreVerification.Node("schema.cjs", utf8Json))!;

    /// <summary>What JsonSchema.Net finds; empty when valid.</summary>
    public static IReadOnlyList<string> NetErrors(byte[] utf8Json)
    {
        using var instance = JsonDocument.Parse(utf8Json);
        var result = Schema.Value.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no detail)"];
    }
}
