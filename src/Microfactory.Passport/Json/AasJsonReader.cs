using System.Text.Json;
using Microfactory.Passport.Model;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Json;

/// <summary>Reads AAS v3.0 JSON into the model. It reads the structure (types, required members, known enum values) and
/// leaves the metamodel constraints to <see cref="AasValidator"/>. Members the model does not carry (qualifiers, extensions,
/// embedded data specifications, administration) are skipped; submodel element kinds it does not carry (Range, Blob, Entity,
/// Operation, …) are refused with their path.</summary>
public static class AasJsonReader
{
    /// <summary>Reads an environment from UTF-8 JSON (a leading byte order mark is skipped). Nesting deeper than 128 is refused.</summary>
    public static AasReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }
        try
        {
            using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 128 });
            return new AasReadResult(ReadEnvironment(document.RootElement), null);
        }
        catch (JsonException e)
        {
            return new AasReadResult(null, $"The text is not JSON: {e.Message}");
        }
        catch (AasFormatException e)
        {
            return new AasReadResult(null, e.Message);
        }
    }

    /// <summary>Reads an environment from a JSON string.</summary>
    public static AasReadResult Read(string json) => Read(System.Text.Encoding.UTF8.GetBytes(json));

    private static AasEnvironment ReadEnvironment(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "$", "an object (the Environment)");
        return new AasEnvironment(
            Array(root, "assetAdministrationShells", "", ReadShell),
            Array(root, "submodels", "", ReadSubmodel),
            Array(root, "conceptDescriptions", "", ReadConcept));
    }

    private static AssetAdministrationShell ReadShell(JsonElement e, string path)
    {
        ModelType(e, path, "AssetAdministrationShell");
        var info = Required(e, "assetInformation", path);
        var infoPath = $"{path}.assetInformation";
        Expect(info, JsonValueKind.Object, infoPath, "an object");
        var kind = Enum<AssetKind>(Required(info, "assetKind", infoPath), $"{infoPath}.assetKind");
        var asset = new AssetInformation(kind, OptionalString(info, "globalAssetId", infoPath) ?? "")
        {
            AssetType = OptionalString(info, "assetType", infoPath),
            SpecificAssetIds = Array(info, "specificAssetIds", infoPath, ReadSpecificAssetId),
        };
        return new AssetAdministrationShell(RequiredString(e, "id", path), asset, Array(e, "submodels", path, ReadReference))
        {
            IdShort = OptionalString(e, "idShort", path),
            Description = Array(e, "description", path, ReadLangString),
        };
    }

    private static SpecificAssetId ReadSpecificAssetId(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path, "an object");
        return new SpecificAssetId(RequiredString(e, "name", path), RequiredString(e, "value", path))
        {
            SemanticId = OptionalReference(e, "semanticId", path),
            ExternalSubjectId = OptionalReference(e, "externalSubjectId", path),
        };
    }

    private static Submodel ReadSubmodel(JsonElement e, string path)
    {
        ModelType(e, path, "Submodel");
        return new Submodel(RequiredString(e, "id", path), Array(e, "submodelElements", path, ReadElement))
        {
            IdShort = OptionalString(e, "idShort", path),
            Description = Array(e, "description", path, ReadLangString),
            SemanticId = OptionalReference(e, "semanticId", path),
        };
    }

    private static ConceptDescription ReadConcept(JsonElement e, string path)
    {
        ModelType(e, path, "ConceptDescription");
        return new ConceptDescription(RequiredString(e, "id", path))
        {
            IdShort = OptionalString(e, "idShort", path),
            Description = Array(e, "description", path, ReadLangString),
            IsCaseOf = Array(e, "isCaseOf", path, ReadReference),
        };
    }

    private static SubmodelElement ReadElement(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path, "an object (a submodel element)");
        var modelType = RequiredString(e, "modelType", path);
        SubmodelElement element = modelType switch
        {
            "Property" => new Property(ValueType(Required(e, "valueType", path), $"{path}.valueType"), OptionalString(e, "value", path))
            {
                ValueId = OptionalReference(e, "valueId", path),
            },
            "MultiLanguageProperty" => new MultiLanguageProperty(Array(e, "value", path, ReadLangString))
            {
                ValueId = OptionalReference(e, "valueId", path),
            },
            "File" => new FileElement(RequiredString(e, "contentType", path), OptionalString(e, "value", path)),
            "ReferenceElement" => new ReferenceElement(OptionalReference(e, "value", path)),
            "SubmodelElementCollection" => new SubmodelElementCollection(Array(e, "value", path, ReadElement)),
            "SubmodelElementList" => new SubmodelElementList(
                Enum<KeyType>(Required(e, "typeValueListElement", path), $"{path}.typeValueListElement"),
                Array(e, "value", path, ReadElement))
            {
                OrderRelevant = OptionalBoolean(e, "orderRelevant", path) ?? true,
                SemanticIdListElement = OptionalReference(e, "semanticIdListElement", path),
                ValueTypeListElement = e.TryGetProperty("valueTypeListElement", out var vt) ? ValueType(vt, $"{path}.valueTypeListElement") : null,
            },
            _ => throw new AasFormatException($"{path}.modelType: '{modelType}' is not a submodel element kind this model carries (Property, MultiLanguageProperty, File, ReferenceElement, SubmodelElementCollection, SubmodelElementList)."),
        };
        return element with
        {
            IdShort = OptionalString(e, "idShort", path),
            DisplayName = Array(e, "displayName", path, ReadLangString),
            Description = Array(e, "description", path, ReadLangString),
            SemanticId = OptionalReference(e, "semanticId", path),
        };
    }

    private static Reference ReadReference(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path, "an object (a Reference)");
        var keysPath = $"{path}.keys";
        var keys = Required(e, "keys", path);
        Expect(keys, JsonValueKind.Array, keysPath, "an array of keys");
        return new Reference(
            Enum<ReferenceType>(Required(e, "type", path), $"{path}.type"),
            Array(e, "keys", path, ReadKey),
            OptionalReference(e, "referredSemanticId", path));
    }

    private static Key ReadKey(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path, "an object (a Key)");
        return new Key(Enum<KeyType>(Required(e, "type", path), $"{path}.type"), RequiredString(e, "value", path));
    }

    private static LangString ReadLangString(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Object, path, "an object with language and text");
        return new LangString(RequiredString(e, "language", path), RequiredString(e, "text", path));
    }

    private static void ModelType(JsonElement e, string path, string expected)
    {
        Expect(e, JsonValueKind.Object, path, $"an object (a {expected})");
        var modelType = RequiredString(e, "modelType", path);
        if (modelType != expected)
        {
            throw new AasFormatException($"{path}.modelType: expected '{expected}', found '{modelType}'.");
        }
    }

    private static DataTypeDefXsd ValueType(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.String, path, "a string such as xs:string");
        var name = e.GetString()!;
        return XsdValues.Parse(name) ?? throw new AasFormatException($"{path}: '{name}' is not one of the 30 XSD value types (xs:string, xs:int, xs:dateTime, …).");
    }

    private static T Enum<T>(JsonElement e, string path) where T : struct, Enum
    {
        Expect(e, JsonValueKind.String, path, $"one of {string.Join(", ", System.Enum.GetNames<T>())}");
        var text = e.GetString()!;
        if (!System.Enum.TryParse<T>(text, ignoreCase: false, out var value) || !System.Enum.IsDefined(value) || char.IsDigit(text[0]))
        {
            throw new AasFormatException($"{path}: '{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        }
        return value;
    }

    private static List<T> Array<T>(JsonElement e, string name, string path, Func<JsonElement, string, T> read)
    {
        var at = path.Length == 0 ? name : $"{path}.{name}";
        if (!e.TryGetProperty(name, out var array))
        {
            return [];
        }
        Expect(array, JsonValueKind.Array, at, "an array");
        var items = new List<T>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items.Add(read(item, $"{at}[{i++}]"));
        }
        return items;
    }

    private static Reference? OptionalReference(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var r) ? ReadReference(r, $"{path}.{name}") : null;

    private static JsonElement Required(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var value) ? value : throw new AasFormatException($"{path}.{name}: required, missing.");

    private static string RequiredString(JsonElement e, string name, string path)
    {
        var value = Required(e, name, path);
        Expect(value, JsonValueKind.String, $"{path}.{name}", "a string");
        return value.GetString()!;
    }

    private static string? OptionalString(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            return null;
        }
        Expect(value, JsonValueKind.String, $"{path}.{name}", "a string");
        return value.GetString();
    }

    private static bool? OptionalBoolean(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            return null;
        }
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw new AasFormatException($"{path}.{name}: expected true or false, found {Describe(value)}.");
        }
        return value.GetBoolean();
    }

    private static void Expect(JsonElement e, JsonValueKind kind, string path, string what)
    {
        if (e.ValueKind != kind)
        {
            throw new AasFormatException($"{path}: expected {what}, found {Describe(e)}.");
        }
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
