using Microfactory.Passport.Content;
using Microfactory.Passport.Json;
using Microfactory.Passport.Model;
using Microfactory.Passport.Tests.Support;

namespace Microfactory.Passport.Tests.Content;

public sealed class PassportBuilderTests
{
    private static readonly PassportIssuer Issuer = PassportSamples.Issuer;

    [Fact]
    public void BuildUnit_Sample_IsAnInstanceWithSerialAndTypeIds()
    {
        var environment = PassportKinds.Build("unit");

        var shell = Assert.Single(environment.AssetAdministrationShells);
        Assert.Equal("https://factory.microfactory.example/ids/aas/units/MF-2026-000123", shell.Id);
        Assert.Equal(AssetKind.Instance, shell.AssetInformation.AssetKind);
        Assert.Equal("https://factory.microfactory.example/p/MF-2026-000123", shell.AssetInformation.GlobalAssetId);
        Assert.Equal("https://factory.microfactory.example/p/types/tpl_shelf/3", shell.AssetInformation.AssetType);
        var serial = Assert.Single(shell.AssetInformation.SpecificAssetIds);
        Assert.Equal(("SerialNumber", "MF-2026-000123"), (serial.Name, serial.Value));
        Assert.Equal(["Nameplate", "CarbonFootprint", "HandoverDocumentation", "MaterialComposition", "Disassembly", "AsBuiltRecord"],
            environment.Submodels.Select(s => s.IdShort));
        Assert.All(environment.Submodels, s => Assert.Equal($"https://factory.microfactory.example/ids/sm/units/MF-2026-000123/{s.IdShort}", s.Id));
        Assert.Equal(environment.Submodels.Select(s => s.Id), shell.Submodels.Select(r => r.Keys[0].Value));
    }

    [Fact]
    public void BuildType_Sample_IsATypeWithoutSerialOrAsBuilt()
    {
        var environment = PassportKinds.Build("type");

        var shell = Assert.Single(environment.AssetAdministrationShells);
        Assert.Equal("https://factory.microfactory.example/ids/aas/types/tpl_shelf/3", shell.Id);
        Assert.Equal(AssetKind.Type, shell.AssetInformation.AssetKind);
        Assert.Equal("https://factory.microfactory.example/p/types/tpl_shelf/3", shell.AssetInformation.GlobalAssetId);
        Assert.Empty(shell.AssetInformation.SpecificAssetIds);
        Assert.Equal(["Nameplate", "CarbonFootprint", "HandoverDocumentation", "MaterialComposition", "Disassembly"], environment.Submodels.Select(s => s.IdShort));
        Assert.DoesNotContain(Nameplate(environment), e => e.IdShort is "SerialNumber" or "DateOfManufacture");
    }

    [Fact]
    public void BuildUnit_Bare_HasOnlyTheAlwaysPresentSubmodels()
    {
        var environment = PassportKinds.Build("bare unit");

        Assert.Equal(["Nameplate", "MaterialComposition"], environment.Submodels.Select(s => s.IdShort));
    }

    [Fact]
    public void BuildUnit_WithoutActualFootprint_UsesTheTypeEstimate()
    {
        var unit = PassportSamples.Unit() with { ActualFootprint = null };

        var environment = PassportBuilder.BuildUnit(unit, Issuer).Environment!;

        Assert.Equal("4.125", Value(Footprint(environment), "PcfCO2eq"));
    }

    [Fact]
    public void BuildUnit_Sample_CarriesActualFootprintAndNameplateValues()
    {
        var environment = PassportKinds.Build("unit");

        Assert.Equal("3.98", Value(Footprint(environment), "PcfCO2eq"));
        Assert.Equal("2026-12-01T14:10:00Z", Value(Footprint(environment), "PublicationDate"));
        var nameplate = Nameplate(environment);
        Assert.Equal("https://factory.microfactory.example/p/MF-2026-000123", Value(nameplate, "URIOfTheProduct"));
        Assert.Equal("MF-2026-000123", Value(nameplate, "SerialNumber"));
        Assert.Equal("2026-12-01", Value(nameplate, "DateOfManufacture"));
        Assert.Equal("2026", Value(nameplate, "YearOfConstruction"));
        Assert.Equal("tpl_shelf-3", Value(nameplate, "OrderCodeOfManufacturer"));
    }

    [Fact]
    public void BuildUnit_Sample_MaterialTotalsAreMassWeighted()
    {
        var composition = Submodel(PassportKinds.Build("unit"), "MaterialComposition").SubmodelElements;

        Assert.Equal("2.77", Value(composition, "TotalMassKg"));
        // (2.4·30 + 0.35·60 + 0.02·0) / 2.77 = 33.57; (2.4·95 + 0.35·100 + 0.02·100) / 2.77 = 95.67
        Assert.Equal("33.57", Value(composition, "RecycledContentPercent"));
        Assert.Equal("95.67", Value(composition, "RecyclablePercent"));
        var materials = Assert.IsType<SubmodelElementList>(composition.Single(e => e.IdShort == "Materials"));
        Assert.Equal(3, materials.Value.Count);
    }

    [Fact]
    public void BuildUnit_Sample_AsBuiltRecordHasOperationsAndEnergyAndNoPerson()
    {
        var record = Submodel(PassportKinds.Build("unit"), "AsBuiltRecord").SubmodelElements;

        Assert.Equal("0.96", Value(record, "TotalEnergyKwh"));
        var operations = Assert.IsType<SubmodelElementList>(record.Single(e => e.IdShort == "Operations"));
        Assert.Equal(3, operations.Value.Count);
        var first = Assert.IsType<SubmodelElementCollection>(operations.Value[0]).Value;
        Assert.Equal("mch_laser_1", Value(first, "MachineId"));
        Assert.Equal("2026-12-01T09:00:00Z", Value(first, "StartedAt"));
        Assert.Equal("2026-12-01T09:12:00Z", Value(first, "EndedAt"));
        Assert.Equal(["OperationId", "OperationName", "MachineId", "MachineName", "StartedAt", "EndedAt", "GoodCount", "ScrapCount", "EnergyKwh"],
            first.Select(e => e.IdShort));
    }

    [Fact]
    public void BuildUnit_Sample_HandoverLinksEachDesignFileWithContentTypeAndPackagePath()
    {
        var handover = Submodel(PassportKinds.Build("unit"), "HandoverDocumentation");

        var files = Files(handover.SubmodelElements).Select(f => (f.Value, f.ContentType)).ToList();

        Assert.Equal(
        [
            ("/aasx/files/shelf.svg", "image/svg+xml"),
            ("/aasx/files/shelf.dxf", "image/vnd.dxf"),
            ("/aasx/files/shelf.stl", "model/stl"),
            ("/aasx/files/design.json", "application/json"),
        ], files);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Build_EachKind_DescribesEveryOwnSemanticIdItUses(string kind)
    {
        var environment = PassportKinds.Build(kind);

        var used = environment.Submodels.SelectMany(s => SemanticIds(s.SemanticId, s.SubmodelElements))
            .Where(id => id.StartsWith(PassportSemantics.Prefix, StringComparison.Ordinal))
            .ToHashSet();
        var described = environment.ConceptDescriptions.Select(c => c.Id).ToHashSet();

        Assert.NotEmpty(used);
        Assert.Subset(described, used);
        Assert.Subset(used, described);
    }

    public static TheoryData<string> Kinds => PassportKinds.Names;

    [Fact]
    public void BuildUnit_SameInputTwice_WritesTheSameJson()
    {
        var first = AasJsonWriter.ToUtf8Bytes(PassportKinds.Build("unit"));
        var second = AasJsonWriter.ToUtf8Bytes(PassportKinds.Build("unit"));

        Assert.Equal(first, second);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "negative mass", "Type.Materials[1].MassKg", "nonNegative" },
        { "percent over 100", "Type.Materials[0].RecycledContentPercent", "percent" },
        { "no materials", "Type.Materials", "minCount" },
        { "serial with a space", "SerialNumber", "serial" },
        { "operation ending before it starts", "Operations[0].EndedAt", "order" },
        { "duplicate file name", "Type.DesignFiles[1].FileName", "unique" },
        { "file name with a slash", "Type.DesignFiles[0].FileName", "fileName" },
        { "bad content type", "Type.DesignFiles[0].ContentType", "contentType" },
        { "country not alpha-2", "Type.Manufacturer.Address.NationalCode", "iso3166" },
        { "footprint without methods", "ActualFootprint.CalculationMethods", "minCount" },
        { "zero quantity", "ActualFootprint.QuantityOfMeasure", "positive" },
        { "empty product name", "Type.ProductName", "required" },
        { "bad language", "Type.Language", "languageTag" },
        { "too many steps", "Type.DisassemblySteps", "maxCount" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BuildUnit_BadInput_FailsNamingFieldAndRule(string name, string field, string rule)
    {
        var unit = PassportSamples.Unit();
        var type = unit.Type;
        unit = name switch
        {
            "negative mass" => unit with { Type = type with { Materials = [type.Materials[0], type.Materials[1] with { MassKg = -1 }] } },
            "percent over 100" => unit with { Type = type with { Materials = [type.Materials[0] with { RecycledContentPercent = 101 }] } },
            "no materials" => unit with { Type = type with { Materials = [] } },
            "serial with a space" => unit with { SerialNumber = "MF 1" },
            "operation ending before it starts" => unit with { Operations = [unit.Operations[0] with { EndedAt = unit.Operations[0].StartedAt.AddSeconds(-1) }] },
            "duplicate file name" => unit with { Type = type with { DesignFiles = [type.DesignFiles[0], type.DesignFiles[0] with { FileName = "SHELF.svg" }] } },
            "file name with a slash" => unit with { Type = type with { DesignFiles = [type.DesignFiles[0] with { FileName = "../etc/passwd" }] } },
            "bad content type" => unit with { Type = type with { DesignFiles = [type.DesignFiles[0] with { ContentType = "svg" }] } },
            "country not alpha-2" => unit with { Type = type with { Manufacturer = type.Manufacturer with { Address = type.Manufacturer.Address with { NationalCode = "Germany" } } } },
            "footprint without methods" => unit with { ActualFootprint = unit.ActualFootprint! with { CalculationMethods = [] } },
            "zero quantity" => unit with { ActualFootprint = unit.ActualFootprint! with { QuantityOfMeasure = 0 } },
            "empty product name" => unit with { Type = type with { ProductName = " " } },
            "bad language" => unit with { Type = type with { Language = "english!" } },
            _ => unit with { Type = type with { DisassemblySteps = Enumerable.Repeat(type.DisassemblySteps[0], ProductTypePassport.ListMaxCount + 1).ToList() } },
        };

        var result = PassportBuilder.BuildUnit(unit, Issuer);

        Assert.False(result.Succeeded);
        Assert.Null(result.Environment);
        Assert.Contains(result.Errors, e => e.Path == field && e.Rule == rule);
    }

    [Fact]
    public void BuildType_BadInput_NamesFieldWithoutUnitPrefix()
    {
        var type = PassportSamples.Type() with { TemplateVersion = "" };

        var result = PassportBuilder.BuildType(type, Issuer);

        Assert.Contains(result.Errors, e => e.Path == "TemplateVersion" && e.Rule == "id");
    }

    [Theory]
    [InlineData("factory.example.com", true)]
    [InlineData("localhost:5001", true)]
    [InlineData("Factory.Example", true)]
    [InlineData("", false)]
    [InlineData("https://factory.example", false)]
    [InlineData("factory..example", false)]
    [InlineData("-factory.example", false)]
    [InlineData("factory.example:0", false)]
    [InlineData("factory.example/path", false)]
    public void IsValidDomain_Sample_AcceptsOnlyHostNames(string domain, bool valid)
    {
        Assert.Equal(valid, PassportIssuer.IsValidDomain(domain));
    }

    [Fact]
    public void UnitShellId_SerialWithReservedCharacters_IsPercentEncoded()
    {
        Assert.Equal("https://factory.example/ids/aas/units/a%2Fb%20c", new PassportIssuer("Factory.Example").UnitShellId("a/b c"));
    }

    private static Submodel Submodel(AasEnvironment environment, string idShort) => environment.Submodels.Single(s => s.IdShort == idShort);

    private static IReadOnlyList<SubmodelElement> Nameplate(AasEnvironment environment) => Submodel(environment, "Nameplate").SubmodelElements;

    private static IReadOnlyList<SubmodelElement> Footprint(AasEnvironment environment)
    {
        var list = Assert.IsType<SubmodelElementList>(Assert.Single(Submodel(environment, "CarbonFootprint").SubmodelElements));
        return Assert.IsType<SubmodelElementCollection>(Assert.Single(list.Value)).Value;
    }

    private static string? Value(IReadOnlyList<SubmodelElement> elements, string idShort) =>
        Assert.IsType<Property>(elements.Single(e => e.IdShort == idShort)).Value;

    private static IEnumerable<string> SemanticIds(Reference? semanticId, IEnumerable<SubmodelElement> elements) =>
        (semanticId is null ? [] : new[] { semanticId.Keys[0].Value }).Concat(elements.SelectMany(e => e switch
        {
            SubmodelElementCollection c => SemanticIds(c.SemanticId, c.Value),
            SubmodelElementList l => SemanticIds(l.SemanticId, l.Value),
            _ => SemanticIds(e.SemanticId, []),
        }));

    private static IEnumerable<FileElement> Files(IEnumerable<SubmodelElement> elements) => elements.SelectMany(e => e switch
    {
        FileElement f => [f],
        SubmodelElementCollection c => Files(c.Value),
        SubmodelElementList l => Files(l.Value),
        _ => [],
    });
}
