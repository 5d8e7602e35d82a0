using System.Globalization;
using System.Text.Json.Nodes;

namespace Microfactory.Server.Features.Passports;

/// <summary>The value-only serialisation of a submodel (AAS Part 2, §11.4.3) from its JSON: each element's value under its idShort.</summary>
internal static class AasValueOnly
{
    public static JsonObject Of(JsonObject submodel) => Object(submodel["submodelElements"]?.AsArray());

    private static JsonObject Object(JsonArray? elements)
    {
        var value = new JsonObject();
        foreach (var element in elements ?? [])
        {
            value[element!["idShort"]!.GetValue<string>()] = Value(element.AsObject());
        }
        return value;
    }

    private static JsonNode? Value(JsonObject element) => element["modelType"]?.GetValue<string>() switch
    {
        "Property" => Typed(element["value"]?.GetValue<string>(), element["valueType"]?.GetValue<string>()),
        "MultiLanguageProperty" => new JsonArray([.. (element["value"]?.AsArray() ?? []).Select(l => (JsonNode)new JsonObject
        {
            [l!["language"]!.GetValue<string>()] = l["text"]!.GetValue<string>(),
        })]),
        "File" => new JsonObject { ["contentType"] = element["contentType"]?.GetValue<string>(), ["value"] = element["value"]?.GetValue<string>() },
        "SubmodelElementCollection" => Object(element["value"]?.AsArray()),
        "SubmodelElementList" => new JsonArray([.. (element["value"]?.AsArray() ?? []).Select(item => Value(item!.AsObject()))]),
        _ => element["value"]?.DeepClone(),
    };

    /// <summary>A property's value as JSON: booleans and finite numbers as such, everything else (dates, INF, texts) as the lexical string.</summary>
    private static JsonNode? Typed(string? value, string? valueType)
    {
        if (value is null)
        {
            return null;
        }
        switch (valueType)
        {
            case "xs:boolean":
                return JsonValue.Create(value is "true" or "1");
            case "xs:decimal" or "xs:integer" or "xs:int" or "xs:long" or "xs:short" or "xs:byte" or "xs:nonNegativeInteger" or "xs:positiveInteger"
                or "xs:unsignedInt" or "xs:unsignedLong" or "xs:unsignedShort" or "xs:unsignedByte" or "xs:negativeInteger" or "xs:nonPositiveInteger":
                return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(value);
            case "xs:double" or "xs:float":
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)
                    ? JsonValue.Create(real) : JsonValue.Create(value);
            default:
                return JsonValue.Create(value);
        }
    }
}
