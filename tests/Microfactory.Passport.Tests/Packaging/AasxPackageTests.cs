using System.IO.Compression;
using System.IO.Packaging;
using System.Text;
using System.Xml.Linq;
using Microfactory.Passport.Json;
using Microfactory.Passport.Model;
using Microfactory.Passport.Packaging;
using Microfactory.Passport.Tests.Content;
using Microfactory.Passport.Tests.Support;

namespace Microfactory.Passport.Tests.Packaging;

public sealed class AasxPackageTests
{
    public static TheoryData<string> Kinds => PassportKinds.Names;

    public static TheoryData<string> OfficialExamples => new("IDTA_02004-2-0_Example_HandoverDocumentation.aasx", "IDTA_02006-3-0-1_Template_DigitalNameplate.aasx");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_EachKind_ReadsBackTheSameEnvironmentAndFiles(string kind)
    {
        var environment = PassportKinds.Build(kind);
        var files = FilesFor(kind);

        var read = AasxReader.Read(AasxWriter.ToBytes(environment, files));

        Assert.True(read.Succeeded, read.Error);
        Assert.Equal(AasJsonWriter.ToUtf8Bytes(environment), AasJsonWriter.ToUtf8Bytes(read.Environment!));
        Assert.Equal(files.Select(f => (f.Path, f.ContentType, Convert.ToHexString(f.Content.Span))),
            read.Files.Select(f => (f.Path, f.ContentType, Convert.ToHexString(f.Content.Span))));
    }

    [Fact]
    public void Write_UnitPassport_EveryPackagePathInTheEnvironmentIsAPart()
    {
        var environment = PassportKinds.Build("unit");

        var read = AasxReader.Read(AasxWriter.ToBytes(environment, PassportSamples.Files(PassportSamples.Type())));

        var referenced = FileValues(environment).Where(v => v.StartsWith("/aasx/", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, referenced.Count);
        Assert.All(referenced, path => Assert.Contains(read.Files, f => f.Path == path));
    }

    [Theory]
    [MemberData(nameof(OfficialExamples))]
    public void Write_UnitPassport_HasTheRelationshipStructureOfTheOfficialExample(string example)
    {
        var ours = Structure(AasxWriter.ToBytes(PassportKinds.Build("unit"), PassportSamples.Files(PassportSamples.Type())));
        var theirs = Structure(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Packaging", "Examples", example)));

        Assert.Equal(theirs.RootRelationships, ours.RootRelationships);
        Assert.Equal(theirs.OriginRelationships, ours.OriginRelationships);
        Assert.Equal(theirs.SpecRelationships, ours.SpecRelationships);
        Assert.Equal(theirs.OriginPath, ours.OriginPath);
        Assert.Equal(theirs.OriginContentType, ours.OriginContentType);
        Assert.StartsWith("Intentionally empty", theirs.OriginText, StringComparison.Ordinal);
        Assert.StartsWith("Intentionally empty", ours.OriginText, StringComparison.Ordinal);
        Assert.All(theirs.SupplementaryTargets, t => Assert.StartsWith("/aasx/files/", t, StringComparison.Ordinal));
        Assert.All(ours.SupplementaryTargets, t => Assert.StartsWith("/aasx/files/", t, StringComparison.Ordinal));
        Assert.Equal(4, ours.SupplementaryTargets.Count);
    }

    [Fact]
    public void Write_UnitPassport_ContentTypesNameEveryPart()
    {
        var bytes = AasxWriter.ToBytes(PassportKinds.Build("unit"), PassportSamples.Files(PassportSamples.Type()));

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(
        [
            "/[Content_Types].xml", "/_rels/.rels", "/aasx/_rels/aasx-origin.rels", "/aasx/_rels/data.json.rels", "/aasx/aasx-origin", "/aasx/data.json",
            "/aasx/files/design.json", "/aasx/files/shelf.dxf", "/aasx/files/shelf.stl", "/aasx/files/shelf.svg",
        ], zip.Entries.Select(e => "/" + e.FullName).Order(StringComparer.Ordinal));
        using var package = Package.Open(new MemoryStream(bytes), FileMode.Open, FileAccess.Read);
        Assert.Equal("text/plain", package.GetPart(Uri("/aasx/aasx-origin")).ContentType);
        Assert.Equal("application/json", package.GetPart(Uri("/aasx/data.json")).ContentType);
        Assert.Equal("image/svg+xml", package.GetPart(Uri("/aasx/files/shelf.svg")).ContentType);
        Assert.Equal("image/vnd.dxf", package.GetPart(Uri("/aasx/files/shelf.dxf")).ContentType);
        Assert.Equal("model/stl", package.GetPart(Uri("/aasx/files/shelf.stl")).ContentType);
        Assert.Equal("application/json", package.GetPart(Uri("/aasx/files/design.json")).ContentType);
    }

    [Fact]
    public void Write_UnitPassport_SpecPartPassesOfficialSchema()
    {
        var bytes = AasxWriter.ToBytes(PassportKinds.Build("unit"), PassportSamples.Files(PassportSamples.Type()));

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var spec = new MemoryStream();
        zip.GetEntry("aasx/data.json")!.Open().CopyTo(spec);

        Assert.Empty(AasSchema.Errors(spec.ToArray()));
    }

    [Theory]
    [MemberData(nameof(OfficialExamples))]
    public void Read_OfficialExample_FindsTheSpecPartAndSaysItIsXml(string example)
    {
        var read = AasxReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Packaging", "Examples", example)));

        Assert.False(read.Succeeded);
        Assert.Contains(".aas.xml", read.Error, StringComparison.Ordinal);
        Assert.Contains("only the JSON serialisation is read", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAZip_ReturnsAnError()
    {
        var read = AasxReader.Read(Encoding.UTF8.GetBytes("{\"assetAdministrationShells\":[]}"));

        Assert.False(read.Succeeded);
        Assert.StartsWith("The package cannot be read", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PackageWithoutOrigin_SaysItIsNotAasx()
    {
        using var stream = new MemoryStream();
        using (var package = Package.Open(stream, FileMode.Create, FileAccess.ReadWrite))
        {
            var part = package.CreatePart(Uri("/aasx/data.json"), "application/json");
            using var s = part.GetStream();
            s.Write(AasJsonWriter.ToUtf8Bytes(PassportKinds.Build("bare unit")));
        }

        var read = AasxReader.Read(stream.ToArray());

        Assert.Contains("no aasx-origin relationship", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PartOverTheLimit_ReturnsAnErrorNamingThePart()
    {
        var files = new[] { new AasxFile("/aasx/files/big.bin", "application/octet-stream", new byte[200_000]) };
        var bytes = AasxWriter.ToBytes(PassportKinds.Build("bare unit"), files);

        var read = AasxReader.Read(bytes, maxPartBytes: 100_000);

        Assert.False(read.Succeeded);
        Assert.Contains("/aasx/files/big.bin is larger than 100000 bytes", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LegacyRelationshipNamespace_IsAccepted()
    {
        using var stream = new MemoryStream();
        using (var package = Package.Open(stream, FileMode.Create, FileAccess.ReadWrite))
        {
            const string legacy = "http://www.admin-shell.io/aasx/relationships/";
            var origin = package.CreatePart(Uri("/aasx/aasx-origin"), "text/plain");
            package.CreateRelationship(origin.Uri, TargetMode.Internal, legacy + "aasx-origin");
            var spec = package.CreatePart(Uri("/aasx/data.json"), "application/json");
            using (var s = spec.GetStream())
            {
                s.Write(AasJsonWriter.ToUtf8Bytes(PassportKinds.Build("bare unit")));
            }
            origin.CreateRelationship(spec.Uri, TargetMode.Internal, legacy + "aas-spec");
        }

        var read = AasxReader.Read(stream.ToArray());

        Assert.True(read.Succeeded, read.Error);
    }

    public static TheoryData<string> BadPaths => new("aasx/files/a.svg", "/aasx/files/", "/aasx/data.json", "/aasx/files/x.rels", "/aasx/files/a b.svg");

    [Theory]
    [MemberData(nameof(BadPaths))]
    public void Write_BadOrReservedPath_Throws(string path)
    {
        var files = new[] { new AasxFile(path, "image/svg+xml", new byte[] { 1 }) };

        Assert.Throws<ArgumentException>(() => AasxWriter.ToBytes(PassportKinds.Build("bare unit"), files));
    }

    [Fact]
    public void Write_SamePathTwice_Throws()
    {
        var files = new[] { new AasxFile("/aasx/files/a.svg", "image/svg+xml", new byte[] { 1 }), new AasxFile("/aasx/files/A.svg", "image/svg+xml", new byte[] { 2 }) };

        var e = Assert.Throws<ArgumentException>(() => AasxWriter.ToBytes(PassportKinds.Build("bare unit"), files));
        Assert.Contains("used twice", e.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<AasxFile> FilesFor(string kind) => kind == "bare unit" ? [] : PassportSamples.Files(PassportSamples.Type());

    private static Uri Uri(string path) => PackUriHelper.CreatePartUri(new System.Uri(path, UriKind.Relative));

    private static IEnumerable<string> FileValues(AasEnvironment environment)
    {
        static IEnumerable<string> Walk(IEnumerable<SubmodelElement> elements) => elements.SelectMany(e => e switch
        {
            FileElement { Value: { } v } => [v],
            SubmodelElementCollection c => Walk(c.Value),
            SubmodelElementList l => Walk(l.Value),
            _ => [],
        });
        return environment.Submodels.SelectMany(s => Walk(s.SubmodelElements));
    }

    private sealed record PackageStructure(
        string[] RootRelationships,
        string[] OriginRelationships,
        string[] SpecRelationships,
        string OriginPath,
        string OriginContentType,
        string OriginText,
        IReadOnlyList<string> SupplementaryTargets);

    /// <summary>The package's relationship types per source (distinct, sorted), read straight from the .rels XML and
    /// [Content_Types].xml of the ZIP, not through our reader.</summary>
    private static PackageStructure Structure(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XNamespace rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        XNamespace types = "http://schemas.openxmlformats.org/package/2006/content-types";
        XElement[] Relationships(string entry) => XDocument.Load(zip.GetEntry(entry)!.Open()).Root!.Elements(rels + "Relationship").ToArray();
        string[] TypesOf(XElement[] r) => r.Select(x => (string)x.Attribute("Type")!).Distinct().Order(StringComparer.Ordinal).ToArray();

        var root = Relationships("_rels/.rels");
        var originPath = (string)root.Single(r => ((string)r.Attribute("Type")!).EndsWith("/aasx-origin", StringComparison.Ordinal)).Attribute("Target")!;
        var originName = originPath.TrimStart('/');
        var slash = originName.LastIndexOf('/');
        var origin = Relationships($"{originName[..slash]}/_rels/{originName[(slash + 1)..]}.rels");
        var specName = ((string)origin.Single().Attribute("Target")!).TrimStart('/');
        slash = specName.LastIndexOf('/');
        var spec = Relationships($"{specName[..slash]}/_rels/{specName[(slash + 1)..]}.rels");
        var contentTypes = XDocument.Load(zip.GetEntry("[Content_Types].xml")!.Open()).Root!;
        var originType = (string)contentTypes.Elements(types + "Override").Single(o => (string)o.Attribute("PartName")! == originPath).Attribute("ContentType")!;
        using var reader = new StreamReader(zip.GetEntry(originName)!.Open());
        return new PackageStructure(TypesOf(root), TypesOf(origin), TypesOf(spec), originPath, originType, reader.ReadToEnd(),
            spec.Select(r => (string)r.Attribute("Target")!).ToList());
    }
}
