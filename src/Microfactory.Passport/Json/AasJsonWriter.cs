using System.Buffers;
using System.Text.Json;
using Microfactory.Passport.Model;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Json;

/// <summary>Writes an environment as AAS v3.0 JSON (IDTA-01001-3-0-1 JSON schema) in one pass with <see cref="Utf8JsonWriter"/>:
/// members in the order of the official examples (alphabetical), <c>modelType</c> on every referable, empty lists and absent
/// values left out, values as strings. It writes what it is given; run <see cref="AasValidator"/> first. Beyond the <see cref="Utf8JsonWriter"/>
/// itself it allocates nothing: names are pre-encoded, enum names come from arrays, lists are walked by index.</summary>
public static class AasJsonWriter
{
    private static readonly string[] KeyTypeNames = Enum.GetNames<KeyType>();
    private static readonly string[] ReferenceTypeNames = Enum.GetNames<ReferenceType>();
    private static readonly string[] AssetKindNames = Enum.GetNames<AssetKind>();

    private static readonly JsonEncodedText AssetAdministrationShells = JsonEncodedText.Encode("assetAdministrationShells");
    private static readonly JsonEncodedText ConceptDescriptions = JsonEncodedText.Encode("conceptDescriptions");
    private static readonly JsonEncodedText Submodels = JsonEncodedText.Encode("submodels");
    private static readonly JsonEncodedText AssetInformation = JsonEncodedText.Encode("assetInformation");
    private static readonly JsonEncodedText AssetKind = JsonEncodedText.Encode("assetKind");
    private static readonly JsonEncodedText AssetType = JsonEncodedText.Encode("assetType");
    private static readonly JsonEncodedText GlobalAssetId = JsonEncodedText.Encode("globalAssetId");
    private static readonly JsonEncodedText SpecificAssetIds = JsonEncodedText.Encode("specificAssetIds");
    private static readonly JsonEncodedText ExternalSubjectId = JsonEncodedText.Encode("externalSubjectId");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText DisplayName = JsonEncodedText.Encode("displayName");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText IdShort = JsonEncodedText.Encode("idShort");
    private static readonly JsonEncodedText IsCaseOf = JsonEncodedText.Encode("isCaseOf");
    private static readonly JsonEncodedText ModelType = JsonEncodedText.Encode("modelType");
    private static readonly JsonEncodedText SemanticId = JsonEncodedText.Encode("semanticId");
    private static readonly JsonEncodedText SubmodelElements = JsonEncodedText.Encode("submodelElements");
    private static readonly JsonEncodedText Keys = JsonEncodedText.Encode("keys");
    private static readonly JsonEncodedText ReferredSemanticId = JsonEncodedText.Encode("referredSemanticId");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText ValueId = JsonEncodedText.Encode("valueId");
    private static readonly JsonEncodedText ValueType = JsonEncodedText.Encode("valueType");
    private static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText ContentType = JsonEncodedText.Encode("contentType");
    private static readonly JsonEncodedText OrderRelevant = JsonEncodedText.Encode("orderRelevant");
    private static readonly JsonEncodedText SemanticIdListElement = JsonEncodedText.Encode("semanticIdListElement");
    private static readonly JsonEncodedText TypeValueListElement = JsonEncodedText.Encode("typeValueListElement");
    private static readonly JsonEncodedText ValueTypeListElement = JsonEncodedText.Encode("valueTypeListElement");

    /// <summary>The environment as UTF-8 JSON.</summary>
    public static byte[] ToUtf8Bytes(AasEnvironment environment, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(environment, buffer, indented);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the environment as UTF-8 JSON into <paramref name="output"/>.</summary>
    public static void Write(AasEnvironment environment, IBufferWriter<byte> output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(environment);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented });
        Write(environment, json);
        json.Flush();
    }

    /// <summary>Writes the environment as one JSON object at the writer's position.</summary>
    public static void Write(AasEnvironment environment, Utf8JsonWriter json)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(json);
        json.WriteStartObject();
        if (environment.AssetAdministrationShells.Count > 0)
        {
            json.WriteStartArray(AssetAdministrationShells);
            for (var i = 0; i < environment.AssetAdministrationShells.Count; i++)
            {
                var shell = environment.AssetAdministrationShells[i];
                WriteShell(json, shell);
            }
            json.WriteEndArray();
        }
        if (environment.ConceptDescriptions.Count > 0)
        {
            json.WriteStartArray(ConceptDescriptions);
            for (var i = 0; i < environment.ConceptDescriptions.Count; i++)
            {
                var concept = environment.ConceptDescriptions[i];
                WriteConcept(json, concept);
            }
            json.WriteEndArray();
        }
        if (environment.Submodels.Count > 0)
        {
            json.WriteStartArray(Submodels);
            for (var i = 0; i < environment.Submodels.Count; i++)
            {
                var submodel = environment.Submodels[i];
                WriteSubmodel(json, submodel);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteShell(Utf8JsonWriter json, AssetAdministrationShell shell)
    {
        json.WriteStartObject();
        json.WriteStartObject(AssetInformation);
        json.WriteString(AssetKind, AssetKindNames[(int)shell.AssetInformation.AssetKind]);
        if (shell.AssetInformation.AssetType is { } assetType)
        {
            json.WriteString(AssetType, assetType);
        }
        json.WriteString(GlobalAssetId, shell.AssetInformation.GlobalAssetId);
        WriteSpecificAssetIds(json, shell.AssetInformation.SpecificAssetIds);
        json.WriteEndObject();
        WriteLangStrings(json, Description, shell.Description);
        json.WriteString(Id, shell.Id);
        WriteOptional(json, IdShort, shell.IdShort);
        json.WriteString(ModelType, "AssetAdministrationShell");
        if (shell.Submodels.Count > 0)
        {
            json.WriteStartArray(Submodels);
            for (var i = 0; i < shell.Submodels.Count; i++)
            {
                var reference = shell.Submodels[i];
                WriteReferenceValue(json, reference);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteConcept(Utf8JsonWriter json, ConceptDescription concept)
    {
        json.WriteStartObject();
        WriteLangStrings(json, Description, concept.Description);
        json.WriteString(Id, concept.Id);
        WriteOptional(json, IdShort, concept.IdShort);
        if (concept.IsCaseOf.Count > 0)
        {
            json.WriteStartArray(IsCaseOf);
            for (var i = 0; i < concept.IsCaseOf.Count; i++)
            {
                var reference = concept.IsCaseOf[i];
                WriteReferenceValue(json, reference);
            }
            json.WriteEndArray();
        }
        json.WriteString(ModelType, "ConceptDescription");
        json.WriteEndObject();
    }

    private static void WriteSubmodel(Utf8JsonWriter json, Submodel submodel)
    {
        json.WriteStartObject();
        WriteLangStrings(json, Description, submodel.Description);
        json.WriteString(Id, submodel.Id);
        WriteOptional(json, IdShort, submodel.IdShort);
        json.WriteString(ModelType, "Submodel");
        WriteReference(json, SemanticId, submodel.SemanticId);
        WriteElements(json, SubmodelElements, submodel.SubmodelElements);
        json.WriteEndObject();
    }

    private static void WriteElements(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<SubmodelElement> elements)
    {
        if (elements.Count == 0)
        {
            return;
        }
        json.WriteStartArray(name);
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            WriteElement(json, element);
        }
        json.WriteEndArray();
    }

    private static void WriteElement(Utf8JsonWriter json, SubmodelElement element)
    {
        json.WriteStartObject();
        if (element is FileElement file)
        {
            json.WriteString(ContentType, file.ContentType);
        }
        WriteLangStrings(json, Description, element.Description);
        WriteLangStrings(json, DisplayName, element.DisplayName);
        WriteOptional(json, IdShort, element.IdShort);
        json.WriteString(ModelType, element.ModelType);
        if (element is SubmodelElementList list)
        {
            json.WriteBoolean(OrderRelevant, list.OrderRelevant);
        }
        WriteReference(json, SemanticId, element.SemanticId);
        switch (element)
        {
            case Property p:
                WriteOptional(json, Value, p.Value);
                WriteReference(json, ValueId, p.ValueId);
                json.WriteString(ValueType, XsdValues.Name(p.ValueType));
                break;
            case MultiLanguageProperty m:
                WriteLangStrings(json, Value, m.Value);
                WriteReference(json, ValueId, m.ValueId);
                break;
            case FileElement f:
                WriteOptional(json, Value, f.Value);
                break;
            case ReferenceElement r:
                WriteReference(json, Value, r.Value);
                break;
            case SubmodelElementCollection c:
                WriteElements(json, Value, c.Value);
                break;
            case SubmodelElementList l:
                WriteReference(json, SemanticIdListElement, l.SemanticIdListElement);
                json.WriteString(TypeValueListElement, KeyTypeNames[(int)l.TypeValueListElement]);
                WriteElements(json, Value, l.Value);
                if (l.ValueTypeListElement is { } valueType)
                {
                    json.WriteString(ValueTypeListElement, XsdValues.Name(valueType));
                }
                break;
            default:
                throw new ArgumentException($"{element.GetType().Name} is not a submodel element this writer knows.", nameof(element));
        }
        json.WriteEndObject();
    }

    private static void WriteSpecificAssetIds(Utf8JsonWriter json, IReadOnlyList<SpecificAssetId> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }
        json.WriteStartArray(SpecificAssetIds);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            json.WriteStartObject();
            WriteReference(json, ExternalSubjectId, id.ExternalSubjectId);
            json.WriteString(Name, id.Name);
            WriteReference(json, SemanticId, id.SemanticId);
            json.WriteString(Value, id.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteReference(Utf8JsonWriter json, JsonEncodedText name, Reference? reference)
    {
        if (reference is null)
        {
            return;
        }
        json.WritePropertyName(name);
        WriteReferenceValue(json, reference);
    }

    private static void WriteReferenceValue(Utf8JsonWriter json, Reference reference)
    {
        json.WriteStartObject();
        if (reference.Keys.Count > 0)
        {
            json.WriteStartArray(Keys);
            for (var i = 0; i < reference.Keys.Count; i++)
            {
                var key = reference.Keys[i];
                json.WriteStartObject();
                json.WriteString(Type, KeyTypeNames[(int)key.Type]);
                json.WriteString(Value, key.Value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        WriteReference(json, ReferredSemanticId, reference.ReferredSemanticId);
        json.WriteString(Type, ReferenceTypeNames[(int)reference.Type]);
        json.WriteEndObject();
    }

    private static void WriteLangStrings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<LangString> strings)
    {
        if (strings.Count == 0)
        {
            return;
        }
        json.WriteStartArray(name);
        for (var i = 0; i < strings.Count; i++)
        {
            var s = strings[i];
            json.WriteStartObject();
            json.WriteString(Language, s.Language);
            json.WriteString(Text, s.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
