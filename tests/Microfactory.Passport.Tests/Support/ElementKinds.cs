using Microfactory.Passport.Model;

namespace Microfactory.Passport.Tests.Support;

/// <summary>One valid element of each kind the model carries, by name.</summary>
internal static class ElementKinds
{
    public static TheoryData<string> Names => new(
        "Property", "MultiLanguageProperty", "File", "ReferenceElement", "SubmodelElementCollection", "SubmodelElementList");

    public static SubmodelElement Create(string kind) => kind switch
    {
        "Property" => new Property(DataTypeDefXsd.Date, "2026-02-29".Replace("2026", "2028", StringComparison.Ordinal))
        {
            IdShort = "Property1",
            SemanticId = Reference.Global("0173-1#02-AAR972#002"),
            ValueId = Reference.Global("urn:value:1"),
            DisplayName = [new LangString("en", "Date")],
            Description = [new LangString("en-GB", "A leap day")],
        },
        "MultiLanguageProperty" => new MultiLanguageProperty([new LangString("en", "Blue"), new LangString("fr", "Bleu")])
        {
            IdShort = "Colour",
            ValueId = Reference.Global("urn:colour:blue"),
        },
        "File" => new FileElement("image/png; charset=binary", "https://microfactory.example/p.png") { IdShort = "Photo" },
        "ReferenceElement" => new ReferenceElement(new Reference(ReferenceType.ExternalReference,
            [new Key(KeyType.GlobalReference, "https://microfactory.example/doc"), new Key(KeyType.FragmentReference, "page=2")],
            ReferredSemanticId: Reference.Global("urn:doc")))
        {
            IdShort = "Manual",
        },
        "SubmodelElementCollection" => new SubmodelElementCollection(
            [new Property(DataTypeDefXsd.UnsignedShort, "65535") { IdShort = "Max" }])
        {
            IdShort = "Limits",
        },
        "SubmodelElementList" => new SubmodelElementList(KeyType.MultiLanguageProperty,
            [new MultiLanguageProperty([new LangString("en", "one")]), new MultiLanguageProperty([new LangString("en", "two")])])
        {
            IdShort = "Notes",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an element kind"),
    };
}
