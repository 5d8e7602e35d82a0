using Microfactory.Passport.Model;

namespace Microfactory.Passport.Tests.Support;

/// <summary>Environments built fresh for each test.</summary>
internal static class Samples
{
    public const string SubmodelId = "https://microfactory.example/ids/sm/nameplate/0001";

    /// <summary>A valid environment holding every element kind the model carries.</summary>
    public static AasEnvironment Passport() => WithElements(
        new Property(DataTypeDefXsd.String, "Microfactory GmbH")
        {
            IdShort = "ManufacturerName",
            SemanticId = Reference.Global("0173-1#02-AAO677#002"),
            DisplayName = [new LangString("en", "Manufacturer")],
            Description = [new LangString("en", "Legal name of the manufacturer"), new LangString("de-CH", "Hersteller")],
        },
        new Property(DataTypeDefXsd.Decimal, "12.50") { IdShort = "MassKg", ValueId = Reference.Global("urn:unit:kg") },
        new Property(DataTypeDefXsd.DateTime, "2026-12-01T09:30:00Z") { IdShort = "ProducedAt" },
        new Property(DataTypeDefXsd.Boolean, null) { IdShort = "Recyclable" },
        new MultiLanguageProperty([new LangString("en", "Bracket, anodised"), new LangString("de", "Halter, eloxiert")])
        {
            IdShort = "ProductDesignation",
        },
        new FileElement("application/pdf", "/aasx/files/datasheet_en.pdf") { IdShort = "Datasheet" },
        new ReferenceElement(new Reference(ReferenceType.ModelReference,
            [new Key(KeyType.Submodel, SubmodelId), new Key(KeyType.Property, "ManufacturerName")]))
        {
            IdShort = "Maker",
        },
        new SubmodelElementCollection(
        [
            new Property(DataTypeDefXsd.Int, "42") { IdShort = "Count" },
            new SubmodelElementCollection([new Property(DataTypeDefXsd.AnyUri, "https://microfactory.example/") { IdShort = "Site" }])
            {
                IdShort = "Nested",
            },
        ])
        {
            IdShort = "Address",
        },
        new SubmodelElementList(KeyType.Property,
        [
            new Property(DataTypeDefXsd.Double, "1.5E3"),
            new Property(DataTypeDefXsd.Double, "-INF"),
        ])
        {
            IdShort = "Readings",
            ValueTypeListElement = DataTypeDefXsd.Double,
            OrderRelevant = false,
            SemanticIdListElement = Reference.Global("urn:reading"),
        },
        new SubmodelElementList(KeyType.SubmodelElementCollection,
        [
            new SubmodelElementCollection([new Property(DataTypeDefXsd.String, "x") { IdShort = "Name" }]),
        ])
        {
            IdShort = "Documents",
        });

    /// <summary>A valid shell and submodel around the given elements.</summary>
    public static AasEnvironment WithElements(params SubmodelElement[] elements) => new(
        [
            new AssetAdministrationShell(
                "https://microfactory.example/ids/aas/0001",
                new AssetInformation(AssetKind.Instance, "https://microfactory.example/ids/asset/0001") { AssetType = "https://microfactory.example/ids/type/bracket" },
                [Reference.ToSubmodel(SubmodelId)])
            {
                IdShort = "Bracket0001",
                Description = [new LangString("en", "Passport of one bracket")],
            },
        ],
        [
            new Submodel(SubmodelId, elements)
            {
                IdShort = "Nameplate",
                SemanticId = Reference.Global("https://admin-shell.io/idta/nameplate/3/0/Nameplate"),
            },
        ],
        [
            new ConceptDescription("urn:reading")
            {
                IdShort = "Reading",
                IsCaseOf = [Reference.Global("0173-1#02-AAA000#001")],
                Description = [new LangString("en", "A measured reading")],
            },
        ]);
}
