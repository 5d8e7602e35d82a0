using Microfactory.Passport.Model;
using Microfactory.Passport.Tests.Support;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Tests.Validation;

public sealed class AasValidatorTests
{
    private const string Elements = "submodels[0].submodelElements";

    internal static readonly Dictionary<string, (Func<AasEnvironment> Build, string Path, string Rule)> Cases = new()
    {
        ["idShort starts with a digit"] = (() => One(new Property(DataTypeDefXsd.String, "x") { IdShort = "1st" }), $"{Elements}[0].idShort", "AASd-002"),
        ["idShort with a space"] = (() => One(new Property(DataTypeDefXsd.String, "x") { IdShort = "Serial number" }), $"{Elements}[0].idShort", "AASd-002"),
        ["idShort with a hyphen"] = (() => One(new Property(DataTypeDefXsd.String, "x") { IdShort = "Serial-No" }), $"{Elements}[0].idShort", "AASd-002"),
        ["idShort of 129 characters"] = (() => One(new Property(DataTypeDefXsd.String, "x") { IdShort = "A" + new string('b', 128) }), $"{Elements}[0].idShort", "AASd-002"),
        ["idShort missing outside a list"] = (() => One(new Property(DataTypeDefXsd.String, "x")), $"{Elements}[0].idShort", "AASd-117"),
        ["idShort repeated among siblings"] = (() => Samples.WithElements(new Property(DataTypeDefXsd.String, "x") { IdShort = "A" }, new Property(DataTypeDefXsd.Int, "1") { IdShort = "A" }), $"{Elements}[1].idShort", "AASd-022"),
        ["idShort repeated in a collection"] = (() => One(new SubmodelElementCollection([new Property(DataTypeDefXsd.String, "x") { IdShort = "A" }, new Property(DataTypeDefXsd.String, "y") { IdShort = "A" }]) { IdShort = "C" }), $"{Elements}[0].value[1].idShort", "AASd-022"),
        ["submodel idShort bad"] = (() => Samples.WithElements() with { Submodels = [new Submodel(Samples.SubmodelId, []) { IdShort = "_x" }] }, "submodels[0].idShort", "AASd-002"),
        ["xs:int not a number"] = (() => One(new Property(DataTypeDefXsd.Int, "12 pcs") { IdShort = "Count" }), $"{Elements}[0].value", "AASd-020"),
        ["xs:int too large"] = (() => One(new Property(DataTypeDefXsd.Int, "2147483648") { IdShort = "Count" }), $"{Elements}[0].value", "AASd-020"),
        ["xs:boolean yes"] = (() => One(new Property(DataTypeDefXsd.Boolean, "yes") { IdShort = "Flag" }), $"{Elements}[0].value", "AASd-020"),
        ["xs:double with comma"] = (() => One(new Property(DataTypeDefXsd.Double, "1,5") { IdShort = "Mass" }), $"{Elements}[0].value", "AASd-020"),
        ["xs:decimal with exponent"] = (() => One(new Property(DataTypeDefXsd.Decimal, "1e3") { IdShort = "Mass" }), $"{Elements}[0].value", "AASd-020"),
        ["xs:dateTime without time"] = (() => One(new Property(DataTypeDefXsd.DateTime, "2026-12-01") { IdShort = "At" }), $"{Elements}[0].value", "AASd-020"),
        ["xs:date 30 February"] = (() => One(new Property(DataTypeDefXsd.Date, "2026-02-30") { IdShort = "On" }), $"{Elements}[0].value", "AASd-020"),
        ["xs:anyURI with a space"] = (() => One(new Property(DataTypeDefXsd.AnyUri, "https://a b") { IdShort = "Link" }), $"{Elements}[0].value", "AASd-020"),
        ["list item value in a list"] = (() => One(new SubmodelElementList(KeyType.Property, [new Property(DataTypeDefXsd.Int, "x")]) { IdShort = "L", ValueTypeListElement = DataTypeDefXsd.Int }), $"{Elements}[0].value[0].value", "AASd-020"),
        ["language tag not BCP 47"] = (() => One(new MultiLanguageProperty([new LangString("en-", "x")]) { IdShort = "Name" }), $"{Elements}[0].value[0].language", "langString"),
        ["language tag with underscore"] = (() => One(new MultiLanguageProperty([new LangString("en_GB", "x")]) { IdShort = "Name" }), $"{Elements}[0].value[0].language", "langString"),
        ["language twice"] = (() => One(new MultiLanguageProperty([new LangString("en", "x"), new LangString("EN", "y")]) { IdShort = "Name" }), $"{Elements}[0].value[1].language", "langString"),
        ["language twice, same case"] = (() => One(new MultiLanguageProperty([new LangString("de", "x"), new LangString("de", "y")]) { IdShort = "Name" }), $"{Elements}[0].value[1].language", "langString"),
        ["empty text"] = (() => One(new MultiLanguageProperty([new LangString("en", "")]) { IdShort = "Name" }), $"{Elements}[0].value[0].text", "langString"),
        ["empty description text"] = (() => One(new Property(DataTypeDefXsd.String, "x") { IdShort = "A", Description = [new LangString("de", "")] }), $"{Elements}[0].description[0].text", "langString"),
        ["display name too long"] = (() => One(new Property(DataTypeDefXsd.String, "x") { IdShort = "A", DisplayName = [new LangString("en", new string('x', 129))] }), $"{Elements}[0].displayName[0].text", "maxLength"),
        ["external reference starting with a submodel key"] = (() => One(new ReferenceElement(new Reference(ReferenceType.ExternalReference, [new Key(KeyType.Submodel, "urn:x")])) { IdShort = "R" }), $"{Elements}[0].value.keys[0].type", "AASd-122"),
        ["external reference ending with a property key"] = (() => One(new ReferenceElement(new Reference(ReferenceType.ExternalReference, [new Key(KeyType.GlobalReference, "urn:x"), new Key(KeyType.Property, "P")])) { IdShort = "R" }), $"{Elements}[0].value.keys[1].type", "AASd-124"),
        ["model reference starting with a global key"] = (() => One(new ReferenceElement(new Reference(ReferenceType.ModelReference, [new Key(KeyType.GlobalReference, "urn:x")])) { IdShort = "R" }), $"{Elements}[0].value.keys[0].type", "AASd-123"),
        ["model reference starting with a property key"] = (() => One(new ReferenceElement(new Reference(ReferenceType.ModelReference, [new Key(KeyType.Property, "P")])) { IdShort = "R" }), $"{Elements}[0].value.keys[0].type", "AASd-123"),
        ["model reference with a second identifiable"] = (() => One(new ReferenceElement(new Reference(ReferenceType.ModelReference, [new Key(KeyType.Submodel, "urn:x"), new Key(KeyType.Submodel, "urn:y")])) { IdShort = "R" }), $"{Elements}[0].value.keys[1].type", "AASd-125"),
        ["model reference fragment after a property"] = (() => One(new ReferenceElement(new Reference(ReferenceType.ModelReference, [new Key(KeyType.Submodel, "urn:x"), new Key(KeyType.Property, "P"), new Key(KeyType.FragmentReference, "f")])) { IdShort = "R" }), $"{Elements}[0].value.keys[2].type", "AASd-127"),
        ["model reference list index not a number"] = (() => One(new ReferenceElement(new Reference(ReferenceType.ModelReference, [new Key(KeyType.Submodel, "urn:x"), new Key(KeyType.SubmodelElementList, "L"), new Key(KeyType.Property, "first")])) { IdShort = "R" }), $"{Elements}[0].value.keys[2].value", "AASd-128"),
        ["reference without keys"] = (() => One(new Property(DataTypeDefXsd.String, "x") { IdShort = "A", SemanticId = new Reference(ReferenceType.ExternalReference, []) }), $"{Elements}[0].semanticId.keys", "keys"),
        ["key with empty value"] = (() => One(new Property(DataTypeDefXsd.String, "x") { IdShort = "A", SemanticId = Reference.Global("") }), $"{Elements}[0].semanticId.keys[0].value", "keys"),
        ["list item with idShort"] = (() => One(new SubmodelElementList(KeyType.Property, [new Property(DataTypeDefXsd.Int, "1") { IdShort = "X" }]) { IdShort = "L", ValueTypeListElement = DataTypeDefXsd.Int }), $"{Elements}[0].value[0].idShort", "AASd-120"),
        ["list item of another kind"] = (() => One(new SubmodelElementList(KeyType.Property, [new MultiLanguageProperty([new LangString("en", "x")])]) { IdShort = "L", ValueTypeListElement = DataTypeDefXsd.Int }), $"{Elements}[0].value[0].modelType", "AASd-108"),
        ["list item of another value type"] = (() => One(new SubmodelElementList(KeyType.Property, [new Property(DataTypeDefXsd.String, "1")]) { IdShort = "L", ValueTypeListElement = DataTypeDefXsd.Int }), $"{Elements}[0].value[0].valueType", "AASd-109"),
        ["list of properties without value type"] = (() => One(new SubmodelElementList(KeyType.Property, [new Property(DataTypeDefXsd.String, "1")]) { IdShort = "L" }), $"{Elements}[0].valueTypeListElement", "AASd-109"),
        ["list item of another semantic id"] = (() => One(new SubmodelElementList(KeyType.Property, [new Property(DataTypeDefXsd.Int, "1") { SemanticId = Reference.Global("urn:b") }]) { IdShort = "L", ValueTypeListElement = DataTypeDefXsd.Int, SemanticIdListElement = Reference.Global("urn:a") }), $"{Elements}[0].value[0].semanticId", "AASd-107"),
        ["list of global references"] = (() => One(new SubmodelElementList(KeyType.GlobalReference, []) { IdShort = "L" }), $"{Elements}[0].typeValueListElement", "typeValueListElement"),
        ["file content type without subtype"] = (() => One(new FileElement("pdf", "/a.pdf") { IdShort = "F" }), $"{Elements}[0].contentType", "contentType"),
        ["file with empty path"] = (() => One(new FileElement("application/pdf", "") { IdShort = "F" }), $"{Elements}[0].value", "path"),
        ["submodel with empty id"] = (() => Samples.WithElements() with { Submodels = [new Submodel("", [])] }, "submodels[0].id", "id"),
        ["shell with empty id"] = (() => Samples.WithElements() with { AssetAdministrationShells = [Samples.WithElements().AssetAdministrationShells[0] with { Id = "" }] }, "assetAdministrationShells[0].id", "id"),
        ["concept description with the submodel's id"] = (() => Samples.WithElements() with { ConceptDescriptions = [new ConceptDescription(Samples.SubmodelId)] }, "conceptDescriptions[0].id", "uniqueId"),
        ["specific asset id with an empty value"] = (() => WithAssetId(new SpecificAssetId("SerialNumber", "")), "assetAdministrationShells[0].assetInformation.specificAssetIds[0].value", "minLength"),
        ["specific asset id name of 65 characters"] = (() => WithAssetId(new SpecificAssetId(new string('n', 65), "1")), "assetAdministrationShells[0].assetInformation.specificAssetIds[0].name", "maxLength"),
        ["specific asset id subject a model reference"] = (() => WithAssetId(new SpecificAssetId("SerialNumber", "1") { ExternalSubjectId = Reference.ToSubmodel(Samples.SubmodelId) }), "assetAdministrationShells[0].assetInformation.specificAssetIds[0].externalSubjectId", "AASd-133"),
        ["shell without asset id"] = (() => Samples.WithElements() with { AssetAdministrationShells = [Samples.WithElements().AssetAdministrationShells[0] with { AssetInformation = new AssetInformation(AssetKind.Type, "") }] }, "assetAdministrationShells[0].assetInformation.globalAssetId", "AASd-131"),
        ["shell referring to a missing submodel"] = (() => Samples.WithElements() with { AssetAdministrationShells = [Samples.WithElements().AssetAdministrationShells[0] with { Submodels = [Reference.ToSubmodel("urn:nowhere")] }] }, "assetAdministrationShells[0].submodels[0].keys[0].value", "submodelReference"),
        ["shell referring to a submodel by global reference"] = (() => Samples.WithElements() with { AssetAdministrationShells = [Samples.WithElements().AssetAdministrationShells[0] with { Submodels = [Reference.Global(Samples.SubmodelId)] }] }, "assetAdministrationShells[0].submodels[0]", "submodelReference"),
        ["string with a control character"] = (() => One(new Property(DataTypeDefXsd.String, "a\u0001b") { IdShort = "A" }), $"{Elements}[0].value", "AASd-020"),
        ["concept isCaseOf model reference to a property"] = (() => Samples.WithElements() with { ConceptDescriptions = [new ConceptDescription("urn:c") { IsCaseOf = [new Reference(ReferenceType.ModelReference, [new Key(KeyType.Property, "P")])] }] }, "conceptDescriptions[0].isCaseOf[0].keys[0].type", "AASd-123"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_BrokenCase_ReportsThePathAndRule(string name)
    {
        var (build, path, rule) = Cases[name];

        var violations = AasValidator.Validate(build());

        Assert.Contains(violations, v => v.Path == path && v.Rule == rule);
    }

    [Fact]
    public void Validate_FullPassport_ReportsNothing()
    {
        Assert.Empty(AasValidator.Validate(Samples.Passport()));
    }

    [Fact]
    public void Validate_SeveralBrokenElements_ReportsEveryOne()
    {
        var environment = Samples.WithElements(
            new Property(DataTypeDefXsd.Int, "x") { IdShort = "A" },
            new Property(DataTypeDefXsd.Boolean, "no") { IdShort = "1B" },
            new MultiLanguageProperty([new LangString("??", "")]) { IdShort = "C" });

        var violations = AasValidator.Validate(environment);

        Assert.Equal(
            [$"{Elements}[0].value", $"{Elements}[1].idShort", $"{Elements}[1].value", $"{Elements}[2].value[0].language", $"{Elements}[2].value[0].text"],
            violations.Select(v => v.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_Message_NamesTheValueAndTheType()
    {
        var violation = Assert.Single(AasValidator.Validate(One(new Property(DataTypeDefXsd.Int, "12 pcs") { IdShort = "Count" })));

        Assert.Equal("The value '12 pcs' is not a valid xs:int, the property's valueType.", violation.Message);
    }

    private static AasEnvironment One(SubmodelElement element) => Samples.WithElements(element);

    private static AasEnvironment WithAssetId(SpecificAssetId id)
    {
        var environment = Samples.WithElements();
        var shell = environment.AssetAdministrationShells[0];
        return environment with { AssetAdministrationShells = [shell with { AssetInformation = shell.AssetInformation with { SpecificAssetIds = [id] } }] };
    }
}
