using System.Text.RegularExpressions;
using Microfactory.Passport.Model;

namespace Microfactory.Passport.Validation;

/// <summary>Checks an environment against the AAS v3.0 metamodel constraints that the JSON schema cannot express, and
/// against the schema's own string rules, reporting every violation with its path (not only the first).</summary>
public static partial class AasValidator
{
    /// <summary>The longest idShort (AASd-002 with the schema's maxLength 128).</summary>
    public const int IdShortMaxLength = 128;

    /// <summary>The longest identifier, key value, asset id or file path (the schema's Identifier maxLength).</summary>
    public const int IdentifierMaxLength = 2000;

    /// <summary>The longest name of a specific asset id (a LabelType), in characters.</summary>
    public const int SpecificAssetIdNameMaxLength = 64;

    /// <summary>Every violation in <paramref name="environment"/>, in document order; empty when it is valid.</summary>
    public static IReadOnlyList<Violation> Validate(AasEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var v = new List<Violation>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var submodelIds = new HashSet<string>(environment.Submodels.Select(s => s.Id), StringComparer.Ordinal);
        for (var i = 0; i < environment.AssetAdministrationShells.Count; i++)
        {
            var path = $"assetAdministrationShells[{i}]";
            var shell = environment.AssetAdministrationShells[i];
            Identifiable(v, ids, path, shell.Id, shell.IdShort, shell.Description);
            var asset = shell.AssetInformation;
            if (string.IsNullOrEmpty(asset.GlobalAssetId))
            {
                v.Add(new($"{path}.assetInformation.globalAssetId", "AASd-131", "The asset needs a global asset id; it is empty."));
            }
            else
            {
                Text(v, $"{path}.assetInformation.globalAssetId", asset.GlobalAssetId, IdentifierMaxLength);
            }
            if (asset.AssetType is { } assetType)
            {
                Text(v, $"{path}.assetInformation.assetType", assetType, IdentifierMaxLength);
            }
            SpecificAssetIds(v, $"{path}.assetInformation.specificAssetIds", asset.SpecificAssetIds);
            for (var r = 0; r < shell.Submodels.Count; r++)
            {
                var refPath = $"{path}.submodels[{r}]";
                var reference = shell.Submodels[r];
                ReferenceKeys(v, refPath, reference);
                if (reference.Type != ReferenceType.ModelReference || reference.Keys.Count != 1 || reference.Keys[0].Type != KeyType.Submodel)
                {
                    v.Add(new(refPath, "submodelReference", "A shell's submodel reference must be a ModelReference with one key of type Submodel."));
                }
                else if (!submodelIds.Contains(reference.Keys[0].Value))
                {
                    v.Add(new($"{refPath}.keys[0].value", "submodelReference", $"No submodel with id '{reference.Keys[0].Value}' is in the environment."));
                }
            }
        }
        for (var i = 0; i < environment.Submodels.Count; i++)
        {
            var path = $"submodels[{i}]";
            var submodel = environment.Submodels[i];
            Identifiable(v, ids, path, submodel.Id, submodel.IdShort, submodel.Description);
            OptionalReference(v, $"{path}.semanticId", submodel.SemanticId);
            Elements(v, $"{path}.submodelElements", submodel.SubmodelElements);
        }
        for (var i = 0; i < environment.ConceptDescriptions.Count; i++)
        {
            var path = $"conceptDescriptions[{i}]";
            var concept = environment.ConceptDescriptions[i];
            Identifiable(v, ids, path, concept.Id, concept.IdShort, concept.Description);
            for (var r = 0; r < concept.IsCaseOf.Count; r++)
            {
                ReferenceKeys(v, $"{path}.isCaseOf[{r}]", concept.IsCaseOf[r]);
            }
        }
        return v;
    }

    /// <summary>Whether <paramref name="idShort"/> satisfies AASd-002 as the v3.0 JSON schema states it: a letter, then letters, digits or underscores, at most 128 characters.</summary>
    public static bool IsValidIdShort(string idShort) => idShort.Length <= IdShortMaxLength && IdShortPattern().IsMatch(idShort);

    private static void Identifiable(List<Violation> v, Dictionary<string, string> ids, string path, string id, string? idShort, IReadOnlyList<LangString> description)
    {
        if (string.IsNullOrEmpty(id))
        {
            v.Add(new($"{path}.id", "id", "The id is empty; an identifiable needs a globally unique, non-empty id."));
        }
        else
        {
            Text(v, $"{path}.id", id, IdentifierMaxLength);
            if (!ids.TryAdd(id, path))
            {
                v.Add(new($"{path}.id", "uniqueId", $"The id '{id}' is already used by {ids[id]}; ids must be unique in the environment."));
            }
        }
        if (idShort is not null)
        {
            IdShort(v, $"{path}.idShort", idShort);
        }
        LangStrings(v, $"{path}.description", description, 1023);
    }

    private static void Elements(List<Violation> v, string path, IReadOnlyList<SubmodelElement> elements)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var at = $"{path}[{i}]";
            if (element.IdShort is null)
            {
                v.Add(new($"{at}.idShort", "AASd-117", $"A {element.ModelType} outside a SubmodelElementList needs an idShort."));
            }
            else if (!seen.TryAdd(element.IdShort, i))
            {
                v.Add(new($"{at}.idShort", "AASd-022", $"The idShort '{element.IdShort}' is already used by {path}[{seen[element.IdShort]}]; siblings need unique idShorts."));
            }
            Element(v, at, element);
        }
    }

    private static void Element(List<Violation> v, string path, SubmodelElement element)
    {
        if (element.IdShort is { } idShort)
        {
            IdShort(v, $"{path}.idShort", idShort);
        }
        LangStrings(v, $"{path}.displayName", element.DisplayName, 128);
        LangStrings(v, $"{path}.description", element.Description, 1023);
        OptionalReference(v, $"{path}.semanticId", element.SemanticId);
        switch (element)
        {
            case Property p:
                if (p.Value is { } value && !XsdValues.IsValid(p.ValueType, value))
                {
                    v.Add(new($"{path}.value", "AASd-020", $"The value '{value}' is not a valid {XsdValues.Name(p.ValueType)}, the property's valueType."));
                }
                OptionalReference(v, $"{path}.valueId", p.ValueId);
                break;
            case MultiLanguageProperty m:
                LangStrings(v, $"{path}.value", m.Value, 1023);
                OptionalReference(v, $"{path}.valueId", m.ValueId);
                break;
            case FileElement f:
                if (f.ContentType.Length > 100 || !ContentTypePattern().IsMatch(f.ContentType))
                {
                    v.Add(new($"{path}.contentType", "contentType", $"'{f.ContentType}' is not a MIME type such as application/pdf (RFC 9110, at most 100 characters)."));
                }
                if (f.Value is { } file)
                {
                    if (file.Length == 0)
                    {
                        v.Add(new($"{path}.value", "path", "The file path is empty; leave it out when not known."));
                    }
                    else
                    {
                        Text(v, $"{path}.value", file, IdentifierMaxLength);
                    }
                }
                break;
            case ReferenceElement r:
                OptionalReference(v, $"{path}.value", r.Value);
                break;
            case SubmodelElementCollection c:
                Elements(v, $"{path}.value", c.Value);
                break;
            case SubmodelElementList l:
                List(v, path, l);
                break;
        }
    }

    private static void List(List<Violation> v, string path, SubmodelElementList list)
    {
        if (!IsSubmodelElementKind(list.TypeValueListElement))
        {
            v.Add(new($"{path}.typeValueListElement", "typeValueListElement", $"{list.TypeValueListElement} is not a kind of submodel element."));
        }
        if (list.TypeValueListElement is KeyType.Property or KeyType.Range && list.ValueTypeListElement is null)
        {
            v.Add(new($"{path}.valueTypeListElement", "AASd-109", "A list of properties needs valueTypeListElement."));
        }
        OptionalReference(v, $"{path}.semanticIdListElement", list.SemanticIdListElement);
        for (var i = 0; i < list.Value.Count; i++)
        {
            var item = list.Value[i];
            var at = $"{path}.value[{i}]";
            if (item.IdShort is not null)
            {
                v.Add(new($"{at}.idShort", "AASd-120", "Items of a SubmodelElementList carry no idShort."));
            }
            if (!Fits(item.KeyType, list.TypeValueListElement))
            {
                v.Add(new($"{at}.modelType", "AASd-108", $"The item is a {item.ModelType} but the list holds {list.TypeValueListElement}."));
            }
            if (item is Property p && list.ValueTypeListElement is { } valueType && p.ValueType != valueType)
            {
                v.Add(new($"{at}.valueType", "AASd-109", $"The item's valueType {XsdValues.Name(p.ValueType)} differs from the list's {XsdValues.Name(valueType)}."));
            }
            if (list.SemanticIdListElement is { } listSemantic && item.SemanticId is { } itemSemantic && !SameReference(listSemantic, itemSemantic))
            {
                v.Add(new($"{at}.semanticId", "AASd-107", "The item's semanticId differs from the list's semanticIdListElement."));
            }
            Element(v, at, item);
        }
    }

    private static bool Fits(KeyType item, KeyType listKind) => item == listKind || listKind switch
    {
        KeyType.SubmodelElement => true,
        KeyType.DataElement => item is KeyType.Property or KeyType.MultiLanguageProperty or KeyType.File or KeyType.ReferenceElement or KeyType.Range or KeyType.Blob,
        _ => false,
    };

    private static bool IsSubmodelElementKind(KeyType type) => type is not (KeyType.AssetAdministrationShell or KeyType.ConceptDescription
        or KeyType.FragmentReference or KeyType.GlobalReference or KeyType.Identifiable or KeyType.Referable or KeyType.Submodel);

    private static bool SameReference(Reference a, Reference b) =>
        a.Type == b.Type && a.Keys.Count == b.Keys.Count && a.Keys.Zip(b.Keys).All(k => k.First == k.Second);

    private static void OptionalReference(List<Violation> v, string path, Reference? reference)
    {
        if (reference is not null)
        {
            ReferenceKeys(v, path, reference);
        }
    }

    private static void ReferenceKeys(List<Violation> v, string path, Reference reference)
    {
        if (reference.Keys.Count == 0)
        {
            v.Add(new($"{path}.keys", "keys", "A reference needs at least one key."));
            return;
        }
        for (var k = 0; k < reference.Keys.Count; k++)
        {
            var key = reference.Keys[k];
            if (string.IsNullOrEmpty(key.Value))
            {
                v.Add(new($"{path}.keys[{k}].value", "keys", "The key's value is empty."));
            }
            else
            {
                Text(v, $"{path}.keys[{k}].value", key.Value, IdentifierMaxLength);
            }
        }
        var first = reference.Keys[0].Type;
        var last = reference.Keys[^1].Type;
        if (reference.Type == ReferenceType.ExternalReference)
        {
            if (first != KeyType.GlobalReference)
            {
                v.Add(new($"{path}.keys[0].type", "AASd-122", $"An ExternalReference starts with a GlobalReference key, not {first}."));
            }
            if (last is not (KeyType.GlobalReference or KeyType.FragmentReference))
            {
                v.Add(new($"{path}.keys[{reference.Keys.Count - 1}].type", "AASd-124", $"An ExternalReference ends with a GlobalReference or FragmentReference key, not {last}."));
            }
            for (var k = 1; k < reference.Keys.Count - 1; k++)
            {
                if (reference.Keys[k].Type is not (KeyType.GlobalReference or KeyType.FragmentReference))
                {
                    v.Add(new($"{path}.keys[{k}].type", "AASd-124", $"An ExternalReference holds only GlobalReference and FragmentReference keys, not {reference.Keys[k].Type}."));
                }
            }
            return;
        }
        if (first is not (KeyType.AssetAdministrationShell or KeyType.Submodel or KeyType.ConceptDescription or KeyType.Identifiable))
        {
            v.Add(new($"{path}.keys[0].type", "AASd-123", $"A ModelReference starts with an identifiable (AssetAdministrationShell, Submodel, ConceptDescription), not {first}."));
        }
        for (var k = 1; k < reference.Keys.Count; k++)
        {
            var type = reference.Keys[k].Type;
            if (type is KeyType.GlobalReference or KeyType.AssetAdministrationShell or KeyType.Submodel or KeyType.ConceptDescription or KeyType.Identifiable)
            {
                v.Add(new($"{path}.keys[{k}].type", "AASd-125", $"After the first key a ModelReference holds only keys of referables inside it, not {type}."));
            }
            else if (type == KeyType.FragmentReference)
            {
                if (k != reference.Keys.Count - 1)
                {
                    v.Add(new($"{path}.keys[{k}].type", "AASd-126", "A FragmentReference key may only be the last key."));
                }
                if (reference.Keys[k - 1].Type is not (KeyType.File or KeyType.Blob))
                {
                    v.Add(new($"{path}.keys[{k}].type", "AASd-127", "A FragmentReference in a ModelReference must follow a File or Blob key."));
                }
            }
            if (reference.Keys[k - 1].Type == KeyType.SubmodelElementList && !NonNegativeIndexPattern().IsMatch(reference.Keys[k].Value))
            {
                v.Add(new($"{path}.keys[{k}].value", "AASd-128", $"A key after a SubmodelElementList key is the item's index (0, 1, …), not '{reference.Keys[k].Value}'."));
            }
        }
    }

    private static void LangStrings(List<Violation> v, string path, IReadOnlyList<LangString> strings, int maxLength)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < strings.Count; i++)
        {
            var s = strings[i];
            if (!LanguageTag.IsWellFormed(s.Language))
            {
                v.Add(new($"{path}[{i}].language", "langString", $"'{s.Language}' is not a BCP 47 language tag such as en or de-CH."));
            }
            else if (!seen.Add(s.Language))
            {
                v.Add(new($"{path}[{i}].language", "langString", $"The language '{s.Language}' appears twice; give one text per language."));
            }
            if (s.Text.Length == 0)
            {
                v.Add(new($"{path}[{i}].text", "langString", "The text is empty; leave the language out instead."));
            }
            else
            {
                Text(v, $"{path}[{i}].text", s.Text, maxLength);
            }
        }
    }

    private static void SpecificAssetIds(List<Violation> v, string path, IReadOnlyList<SpecificAssetId> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            var itemPath = $"{path}[{i}]";
            if (id.Name.Length == 0)
            {
                v.Add(new($"{itemPath}.name", "minLength", "The name of a specific asset id is empty."));
            }
            Text(v, $"{itemPath}.name", id.Name, SpecificAssetIdNameMaxLength);
            if (id.Value.Length == 0)
            {
                v.Add(new($"{itemPath}.value", "minLength", "The value of a specific asset id is empty."));
            }
            Text(v, $"{itemPath}.value", id.Value, IdentifierMaxLength);
            OptionalReference(v, $"{itemPath}.semanticId", id.SemanticId);
            if (id.ExternalSubjectId is { } subject)
            {
                ReferenceKeys(v, $"{itemPath}.externalSubjectId", subject);
                if (subject.Type != ReferenceType.ExternalReference)
                {
                    v.Add(new($"{itemPath}.externalSubjectId", "AASd-133", "externalSubjectId must be an ExternalReference."));
                }
            }
        }
    }

    private static void IdShort(List<Violation> v, string path, string idShort)
    {
        if (!IsValidIdShort(idShort))
        {
            v.Add(new(path, "AASd-002", $"'{idShort}' is not an idShort: it starts with a letter, then letters, digits or underscores, at most {IdShortMaxLength} characters."));
        }
    }

    private static void Text(List<Violation> v, string path, string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            v.Add(new(path, "maxLength", $"The text has {text.Length} characters; at most {maxLength} are allowed."));
        }
        if (!XsdValues.IsXmlText(text))
        {
            v.Add(new(path, "xmlText", "The text holds a control character or a lone surrogate, which AAS strings do not allow."));
        }
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShortPattern();

    [GeneratedRegex("^(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NonNegativeIndexPattern();

    [GeneratedRegex("^([!#$%&'*+\\-.^_`|~0-9a-zA-Z])+/([!#$%&'*+\\-.^_`|~0-9a-zA-Z])+([ \\t]*;[ \\t]*([!#$%&'*+\\-.^_`|~0-9a-zA-Z])+=(([!#$%&'*+\\-.^_`|~0-9a-zA-Z])+|\"(([\\t !#-\\[\\]-~]|[\\x80-\\xff])|\\\\([\\t !-~]|[\\x80-\\xff]))*\"))*$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypePattern();
}
