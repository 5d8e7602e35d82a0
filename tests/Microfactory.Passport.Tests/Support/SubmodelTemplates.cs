using System.Text.Json;

namespace Microfactory.Passport.Tests.Support;

/// <summary>Compares a written submodel (AAS JSON) with an IDTA submodel template (the copies in Templates/), element by element:
/// every element we write must exist in the template at the same idShort path with the same modelType, semanticId, valueType and
/// list settings, and every element the template marks One or OneToMany must be present. An SMC the template leaves empty is a
/// drop-in (AddressInformation): its children come from another template and are not compared.</summary>
internal static class SubmodelTemplates
{
    public const string Nameplate = "IDTA_02006-3-0-1_Template_DigitalNameplate.json";
    public const string CarbonFootprint = "IDTA_02023-1-0-1_Template_CarbonFootprint.json";
    public const string HandoverDocumentation = "IDTA_02004-2-0-1_Template_HandoverDocumentation.json";

    /// <summary>What differs between <paramref name="submodel"/> and the template in <paramref name="templateFile"/>; empty when it conforms.</summary>
    public static IReadOnlyList<string> Differences(string templateFile, JsonElement submodel)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Templates", templateFile)));
        var template = document.RootElement.GetProperty("submodels")[0];
        var differences = new List<string>();
        Same(differences, "", "idShort", template, submodel);
        Same(differences, "", "semanticId", template, submodel);
        Children(differences, "", template.GetProperty("submodelElements"), Array(submodel, "submodelElements"));
        return differences;
    }

    private static void Children(List<string> d, string path, JsonElement template, IReadOnlyList<JsonElement> ours)
    {
        var byIdShort = template.EnumerateArray().ToDictionary(e => e.GetProperty("idShort").GetString()!);
        foreach (var element in ours)
        {
            var idShort = element.GetProperty("idShort").GetString()!;
            if (!byIdShort.TryGetValue(idShort, out var expected))
            {
                d.Add($"{path}/{idShort}: not in the template");
                continue;
            }
            Element(d, $"{path}/{idShort}", expected, element);
        }
        foreach (var (idShort, expected) in byIdShort)
        {
            if (Mandatory(expected) && !ours.Any(e => e.GetProperty("idShort").GetString() == idShort))
            {
                d.Add($"{path}/{idShort}: mandatory ({Cardinality(expected)}) but missing");
            }
        }
    }

    private static void Element(List<string> d, string path, JsonElement expected, JsonElement ours)
    {
        foreach (var name in (string[])["modelType", "semanticId", "valueType", "typeValueListElement", "valueTypeListElement", "semanticIdListElement"])
        {
            Same(d, path, name, expected, ours);
        }
        var modelType = expected.GetProperty("modelType").GetString();
        var templateValue = Array(expected, "value");
        var ourValue = Array(ours, "value");
        if (modelType == "SubmodelElementCollection" && templateValue.Count > 0)
        {
            Children(d, path, expected.GetProperty("value"), ourValue);
        }
        else if (modelType == "SubmodelElementList" && templateValue.Count > 0)
        {
            var prototype = templateValue[0];
            if (Mandatory(prototype) && ourValue.Count == 0)
            {
                d.Add($"{path}: items are {Cardinality(prototype)} but the list is empty");
            }
            for (var i = 0; i < ourValue.Count; i++)
            {
                if (ourValue[i].TryGetProperty("idShort", out _))
                {
                    d.Add($"{path}[{i}]: a list item has an idShort");
                }
                Element(d, $"{path}[{i}]", prototype, ourValue[i]);
            }
        }
    }

    private static void Same(List<string> d, string path, string name, JsonElement expected, JsonElement ours)
    {
        var a = expected.TryGetProperty(name, out var x) ? Canonical(name, x) : null;
        var b = ours.TryGetProperty(name, out var y) ? Canonical(name, y) : null;
        if (a != b)
        {
            d.Add($"{path}: {name} is {b ?? "absent"}, the template has {a ?? "absent"}");
        }
    }

    /// <summary>A reference as type and keys (referredSemanticId ignored); anything else as its raw JSON.</summary>
    private static string Canonical(string name, JsonElement value) => value.ValueKind == JsonValueKind.Object && value.TryGetProperty("keys", out var keys)
        ? value.GetProperty("type").GetString() + ":" + string.Join(",", keys.EnumerateArray().Select(k => k.GetProperty("type").GetString() + "=" + k.GetProperty("value").GetString()))
        : value.GetRawText();

    private static bool Mandatory(JsonElement element) => Cardinality(element) is "One" or "OneToMany";

    private static string? Cardinality(JsonElement element) => Array(element, "qualifiers")
        .Where(q => q.GetProperty("type").GetString() == "SMT/Cardinality")
        .Select(q => q.GetProperty("value").GetString())
        .FirstOrDefault();

    private static IReadOnlyList<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];
}
