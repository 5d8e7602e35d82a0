using System.Text.Json;
using Microfactory.Carbon.Model;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.SupplierFootprints;

/// <summary>
/// The house rule for text, applied to a supplier's PACT document: no string in it (values and property names, at any
/// depth) may hold a control character. PostgreSQL cannot store NUL, and a document's strings become columns. The
/// free-text fields PACT has (<c>comment</c>, <c>…Description</c>) may hold tab and line breaks.
/// </summary>
internal static class FootprintDocumentText
{
    /// <summary>The first string that breaks the rule, with its path (<c>pcf.dqi.coverage</c>, <c>productIds[1]</c>), or null.</summary>
    public static Problem? FirstViolation(string json, int maxDepth)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = maxDepth });
            return Walk(document.RootElement, "", multiLine: false);
        }
        catch (JsonException)
        {
            return null; // not this check's to report: the strict reader names malformed JSON
        }
    }

    private static Problem? Walk(JsonElement element, string path, bool multiLine)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var text = element.GetString()!;
                var index = TextRules.FindForbidden(text, multiLine);
                return index < 0 ? null : new Problem(Named(path), TextRules.Violation(text, index, multiLine));
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var field = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    var key = TextRules.FindForbidden(property.Name, multiLine: false);
                    if (key >= 0)
                    {
                        return new Problem(Named(path) + " (a property name)", TextRules.Violation(property.Name, key, multiLine: false));
                    }
                    if (Walk(property.Value, field, IsFreeText(property.Name)) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Walk(item, $"{path}[{i++}]", multiLine) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static string Named(string path) => path.Length == 0 ? "body" : path;

    private static bool IsFreeText(string name) =>
        name == "comment" || name.EndsWith("Description", StringComparison.Ordinal);
}
