using Microfactory.Passport.Model;
using static Microfactory.Passport.Content.Elements;

namespace Microfactory.Passport.Content;

/// <summary>The Handover Documentation submodel, IDTA 02004-2-0-1 (VDI 2770): one Document per design file, each with one id,
/// one VDI 2770:2020 classification and one released version whose <c>DigitalFiles</c> hold the file as an AAS File (content
/// type and package path).</summary>
internal static class HandoverDocumentation
{
    public const string IdShort = "HandoverDocumentation";

    /// <summary>The template's submodel semantic id; 02004 makes it a ModelReference to a Submodel key, and so do we.</summary>
    public const string SemanticId = "0173-1#01-AHF578#003";
    private const string Document = "0173-1#02-ABI500#003/0173-1#01-AHF579#003";
    private const string DocumentId = "0173-1#02-ABI501#003/0173-1#01-AHF580#003";
    private const string Classification = "0173-1#02-ABI502#003/0173-1#01-AHF581#003";
    private const string Version = "0173-1#02-ABI503#003/0173-1#01-AHF582#003";
    private const string LanguageItem = "0173-1#02-AAN468#008";
    private const string DigitalFile = "0173-1#02-ABK126#002";

    public static Submodel Build(string id, ProductTypePassport type, string domain)
    {
        var documents = new List<SubmodelElement>(type.DesignFiles.Count);
        foreach (var file in type.DesignFiles)
        {
            documents.Add(BuildDocument(type, file, domain));
        }
        return new Submodel(id, [List("Documents", "0173-1#02-ABI500#003", KeyType.SubmodelElementCollection, documents, Document)])
        {
            IdShort = IdShort,
            SemanticId = new Reference(ReferenceType.ModelReference, [new Key(KeyType.Submodel, SemanticId)]),
        };
    }

    private static SubmodelElementCollection BuildDocument(ProductTypePassport type, DesignFile file, string domain)
    {
        var lang = type.Language;
        var (classId, en, de) = ClassOf(file.Kind);
        var ids = List("DocumentIds", "0173-1#02-ABI501#003", KeyType.SubmodelElementCollection,
        [
            Smc(null, DocumentId,
            [
                Text("DocumentDomainId", "0173-1#02-ABH994#003", domain),
                Text("DocumentIdentifier", "0173-1#02-AAO099#004", $"{type.TemplateId}/{type.TemplateVersion}/{file.FileName}"),
                Prop("DocumentIsPrimary", "0173-1#02-ABH995#003", DataTypeDefXsd.Boolean, "true"),
            ]),
        ], DocumentId);
        var classifications = List("DocumentClassifications", "0173-1#02-ABI502#003", KeyType.SubmodelElementCollection,
        [
            Smc(null, Classification,
            [
                Text("ClassId", "0173-1#02-ABH996#003", classId),
                new MultiLanguageProperty([new LangString("en", en), new LangString("de", de)])
                {
                    IdShort = "ClassName",
                    SemanticId = Reference.Global("0173-1#02-ABJ219#002"),
                },
                Text("ClassificationSystem", "0173-1#02-ABH997#003", "VDI2770:2020"),
            ]),
        ], Classification);
        var versions = List("DocumentVersions", "0173-1#02-ABI503#003", KeyType.SubmodelElementCollection,
        [
            Smc(null, Version,
            [
                List("Language", "0173-1#02-AAN468#008", KeyType.Property, [Item(LanguageItem, DataTypeDefXsd.String, lang)],
                    itemValueType: DataTypeDefXsd.String),
                Text("Version", "0173-1#02-AAP003#005", type.TemplateVersion),
                Mlp("Title", "0173-1#02-ABG940#003", lang, file.Title),
                Mlp("Description", "0173-1#02-AAN466#004", lang, file.Description ?? file.Title),
                Prop("StatusSetDate", "0173-1#02-ABI000#003", DataTypeDefXsd.Date, Date(type.IssuedAt)),
                Text("StatusValue", "0173-1#02-ABI001#003", "Released"),
                Text("OrganizationShortName", "https://api.eclass-cdp.com/0173-1-02-ABI002-003", type.Manufacturer.Name),
                Text("OrganizationOfficialName", "0173-1#02-ABI004#003", type.Manufacturer.Name),
                List("DigitalFiles", "0173-1#02-ABK126#002", KeyType.File, [File(null, DigitalFile, file.ContentType, file.PackagePath)]),
            ]),
        ], Version);
        return Smc(null, Document, [ids, classifications, versions]);
    }

    /// <summary>The VDI 2770 Blatt 1:2020 class of a design file: id, English and German name (IDTA 02004-2-0-1 §2.3 Table 1).</summary>
    private static (string Id, string En, string De) ClassOf(DesignFileKind kind) => kind switch
    {
        DesignFileKind.Specification => ("02-01", "Technical specification", "Technische Spezifikation"),
        DesignFileKind.Drawing => ("02-02", "Drawings, plans", "Zeichnungen, Pläne"),
        DesignFileKind.Model => ("02-03", "Assemblies", "Bauteile"),
        DesignFileKind.Disassembly => ("03-01", "Commissioning, de-commissioning", "Montage, Demontage"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a design file kind."),
    };
}
