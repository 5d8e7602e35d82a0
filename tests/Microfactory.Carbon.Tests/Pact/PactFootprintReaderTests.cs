using System.Text.Json.Nodes;
using Microfactory.Carbon.Pact;

namespace Microfactory.Carbon.Tests.Pact;

public sealed class PactFootprintReaderTests
{
    private static string Example(int n) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pact", "Examples", $"example-{n}.json"));

    private static JsonObject Written() => PactFootprintWriter.Write(PactSamples.Mixed(), PactSamples.Metadata());

    private static PactReadResult Read(JsonObject document) => PactFootprintReader.Read(document.ToJsonString(), "steel");

    private static void AssertRefused(JsonObject document, string field, string? ruleContains = null)
    {
        var result = Read(document);
        Assert.False(result.IsSuccess, "the document was accepted");
        Assert.Equal(field, result.Problem.Field);
        if (ruleContains is not null)
        {
            Assert.Contains(ruleContains, result.Problem.Rule, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Read_SpecificationExamples_PassEveryPactRule(int n)
    {
        var result = PactFootprintReader.Read(Example(n), "steel");

        // An example may carry net removals, which the engine cannot take; every other rule must hold.
        Assert.True(result.IsSuccess || result.Problem.Rule.Contains("footprint engine", StringComparison.Ordinal), result.Problem?.ToString());
    }

    [Fact]
    public void Read_WrittenFootprint_GivesTheEngineItsOwnFiguresBack()
    {
        var result = Read(Written());

        Assert.True(result.IsSuccess, result.Problem?.ToString());
        var f = result.Footprint;
        Assert.Equal("steel", f.MaterialId);
        Assert.Equal(PactSamples.Id.ToString("D"), f.FootprintId);
        Assert.Equal("Kwun Tong Microfactory", f.SupplierName);
        Assert.Equal("piece", f.DeclaredUnit);
        Assert.Equal(1m, f.DeclaredUnitAmount);
        Assert.Equal(25.67455m, f.KgCo2ePerDeclaredUnit);
        Assert.Equal(24.87455m, f.FossilKgCo2ePerDeclaredUnit);
        Assert.Equal(0.2m, f.BiogenicCarbonKgPerDeclaredUnit);
        Assert.Null(f.BiogenicKgCo2ePerDeclaredUnit);
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.Zero), f.ValidFrom);
        Assert.False(f.Deprecated);
        Assert.Equal(["urn:pact:microfactory.example:product-id:shelf:1.0.0:abc"], result.Header.ProductIds);
        Assert.Equal("HK", result.Header.GeographyCountry);
    }

    [Fact]
    public void Read_NoValidityPeriod_IsValidThreeYearsFromTheReferenceEnd()
    {
        var document = Written();
        document.Remove("validityPeriodStart");
        document.Remove("validityPeriodEnd");

        var f = Read(document).Footprint!;

        Assert.Equal(new DateTimeOffset(2026, 3, 16, 10, 0, 0, TimeSpan.Zero), f.ValidFrom);
        Assert.Equal(new DateTimeOffset(2029, 3, 16, 10, 0, 0, TimeSpan.Zero), f.ValidUntil);
    }

    [Fact]
    public void Read_DeprecatedWithDqiAndBiogenicParts_MapsThemForTheEngine()
    {
        var document = PactFootprintWriter.Write(PactSamples.SupplierOnly(), PactSamples.Metadata() with { Status = "Deprecated" });
        var pcf = document["pcf"]!.AsObject();
        pcf["landManagementBiogenicCO2Emissions"] = "0.1";
        pcf["biogenicNonCO2Emissions"] = "0.05";

        var f = Read(document).Footprint!;

        Assert.True(f.Deprecated);
        Assert.Equal(new Microfactory.Carbon.Model.DataQuality(2m, 3m, 1m), f.Dqi);
        Assert.Equal(0.15m, f.BiogenicKgCo2ePerDeclaredUnit);
        Assert.Equal(0m, f.PrimaryDataSharePercent - 60m);
    }

    [Fact]
    public void Read_UnknownProperties_AreIgnored()
    {
        var document = Written();
        document["version"] = 1;
        document["updated"] = "2026-01-01T00:00:00Z";
        document["pcf"]!["x-custom"] = new JsonObject { ["a"] = 1 };

        Assert.True(Read(document).IsSuccess);
    }

    [Fact]
    public void Read_NullProperty_CountsAsUndefined()
    {
        var optional = Written();
        optional["comment"] = null;
        var required = Written();
        required["companyName"] = null;

        Assert.True(Read(optional).IsSuccess);
        AssertRefused(required, "companyName", "is required");
    }

    public static TheoryData<string, string, string> BrokenFields => new()
    {
        // field to break, the value (JSON), the problem's field
        { "pcf.pcfExcludingBiogenicUptake", "12.5", "pcf.pcfExcludingBiogenicUptake" },
        { "pcf.pcfExcludingBiogenicUptake", "\"1e5\"", "pcf.pcfExcludingBiogenicUptake" },
        { "pcf.declaredUnitAmount", "\"5abc\"", "pcf.declaredUnitAmount" },
        { "pcf.declaredUnitAmount", "\"0\"", "pcf.declaredUnitAmount" },
        { "pcf.biogenicCO2Uptake", "\"10\"", "pcf.biogenicCO2Uptake" },
        { "pcf.biogenicCO2Uptake", "\"abc0\"", "pcf.biogenicCO2Uptake" },
        { "pcf.fossilGhgEmissions", "\"-1\"", "pcf.fossilGhgEmissions" },
        { "pcf.fossilCarbonContent", "\"-0\"", "pcf.fossilCarbonContent" },
        { "pcf.technologicalCO2Removals", "\"0.5\"", "pcf.technologicalCO2Removals" },
        { "pcf.primaryDataShare", "\"100.5\"", "pcf.primaryDataShare" },
        { "pcf.exemptedEmissionsPercent", "\"-3\"", "pcf.exemptedEmissionsPercent" },
        { "pcf.dqi", "{\"technologicalDQR\":\"0.5\",\"geographicalDQR\":\"1\",\"temporalDQR\":\"1\"}", "pcf.dqi.technologicalDQR" },
        { "pcf.dqi", "{\"technologicalDQR\":\"2\",\"geographicalDQR\":\"1\"}", "pcf.dqi.temporalDQR" },
        { "pcf.declaredUnitOfMeasurement", "\"metre\"", "pcf.declaredUnitOfMeasurement" },
        { "pcf.geographyCountry", "\"de\"", "pcf.geographyCountry" },
        { "pcf.geographyRegionOrSubregion", "\"Asia\"", "pcf.geographyCountry" },
        { "pcf.referencePeriodEnd", "\"2020-01-01T00:00:00Z\"", "pcf.referencePeriodEnd" },
        { "pcf.referencePeriodStart", "\"yesterday\"", "pcf.referencePeriodStart" },
        { "pcf.ipccCharacterizationFactors", "[]", "pcf.ipccCharacterizationFactors" },
        { "pcf.ipccCharacterizationFactors", "[\"AR6\",\"AR6\"]", "pcf.ipccCharacterizationFactors" },
        { "pcf.ipccCharacterizationFactors", "[\"IPCC6\"]", "pcf.ipccCharacterizationFactors[0]" },
        { "pcf.crossSectoralStandards", "\"ISO14067\"", "pcf.crossSectoralStandards" },
        { "pcf.secondaryEmissionFactorSources", "[{\"name\":\"ecoinvent\"}]", "pcf.secondaryEmissionFactorSources[0].version" },
        { "pcf.productOrSectorSpecificRules", "[{\"operator\":\"PCR\",\"ruleNames\":[\"R\"]}]", "pcf.productOrSectorSpecificRules[0].operator" },
        { "pcf.productOrSectorSpecificRules", "[{\"operator\":\"PEF\",\"ruleNames\":[]}]", "pcf.productOrSectorSpecificRules[0].ruleNames" },
        { "pcf.packagingEmissionsIncluded", "\"yes\"", "pcf.packagingEmissionsIncluded" },
        { "pcf.verification", "{\"coverage\":\"everything\"}", "pcf.verification.coverage" },
        { "pcf.ccuCreditCertification", "\"not a uri\"", "pcf.ccuCreditCertification" },
        { "id", "\"not-a-uuid\"", "id" },
        { "specVersion", "\"2.3.0\"", "specVersion" },
        { "specVersion", "\"3.0\"", "specVersion" },
        { "status", "\"active\"", "status" },
        { "created", "\"2026-13-01T00:00:00Z\"", "created" },
        { "created", "\"2026-03-01 00:00:00\"", "created" },
        { "companyName", "\"\"", "companyName" },
        { "companyIds", "[]", "companyIds" },
        { "companyIds", "[\"acme\"]", "companyIds[0]" },
        { "productIds", "[\"urn:x:1\"]", "productIds[0]" },
        { "productIds", "[\"urn:gtin:1 2\"]", "productIds[0]" },
        { "productIds", "[\"urn:gtin:1\",\"urn:gtin:1\"]", "productIds" },
        { "productClassifications", "[]", "productClassifications" },
        { "precedingPfIds", "[\"urn:gtin:1\"]", "precedingPfIds[0]" },
        { "validityPeriodEnd", "\"2026-03-17T00:00:00Z\"", "validityPeriodEnd" },
        { "productDescription", "7", "productDescription" },
        { "extensions", "[{\"specVersion\":\"2.0.0\",\"dataSchema\":\"https://example.com/s.json\"}]", "extensions[0].data" },
        { "pcf", "[]", "pcf" },
    };

    [Theory]
    [MemberData(nameof(BrokenFields))]
    public void Read_BrokenField_IsRefusedNamingTheField(string path, string json, string field)
    {
        var document = Written();
        var parts = path.Split('.');
        var target = parts.Length == 1 ? document : document[parts[0]]!.AsObject();
        target[parts[^1]] = JsonNode.Parse(json);

        AssertRefused(document, field);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("specVersion")]
    [InlineData("created")]
    [InlineData("status")]
    [InlineData("companyName")]
    [InlineData("companyIds")]
    [InlineData("productDescription")]
    [InlineData("productIds")]
    [InlineData("productNameCompany")]
    [InlineData("pcf")]
    [InlineData("pcf.declaredUnitOfMeasurement")]
    [InlineData("pcf.declaredUnitAmount")]
    [InlineData("pcf.productMassPerDeclaredUnit")]
    [InlineData("pcf.referencePeriodStart")]
    [InlineData("pcf.referencePeriodEnd")]
    [InlineData("pcf.pcfExcludingBiogenicUptake")]
    [InlineData("pcf.pcfIncludingBiogenicUptake")]
    [InlineData("pcf.fossilGhgEmissions")]
    [InlineData("pcf.fossilCarbonContent")]
    [InlineData("pcf.ipccCharacterizationFactors")]
    [InlineData("pcf.crossSectoralStandards")]
    [InlineData("pcf.exemptedEmissionsPercent")]
    public void Read_RequiredFieldMissing_IsRefused(string path)
    {
        var document = Written();
        var parts = path.Split('.');
        (parts.Length == 1 ? document : document[parts[0]]!.AsObject()).Remove(parts[^1]);

        AssertRefused(document, path, "is required");
    }

    [Fact]
    public void Read_TwoGeographies_IsRefused()
    {
        var document = Written();
        document["pcf"]!["geographyCountrySubdivision"] = "HK-KT";

        AssertRefused(document, "pcf.geographyCountrySubdivision", "one geography");
    }

    [Fact]
    public void Read_PackagingEmissionsWithoutPackaging_IsRefused()
    {
        var document = Written();
        document["pcf"]!["packagingEmissionsIncluded"] = false;

        AssertRefused(document, "pcf.packagingGhgEmissions", "undefined");
    }

    [Fact]
    public void Read_NetRemovalsOrPartsBeyondTheWhole_AreRefusedForTheEngine()
    {
        var negative = Written();
        negative["pcf"]!["pcfExcludingBiogenicUptake"] = "-2";
        var fossil = Written();
        fossil["pcf"]!["fossilGhgEmissions"] = "30";

        AssertRefused(negative, "pcf.pcfExcludingBiogenicUptake", "footprint engine");
        AssertRefused(fossil, "pcf.fossilGhgEmissions", "footprint engine");
    }

    [Fact]
    public void Read_PropertyGivenTwice_IsRefused()
    {
        var json = Written().ToJsonString().Replace("\"status\":\"Active\"", "\"status\":\"Active\",\"status\":\"Deprecated\"", StringComparison.Ordinal);

        var result = PactFootprintReader.Read(json, "steel");

        Assert.Equal("status", result.Problem?.Field);
    }

    [Fact]
    public void Read_HostileDocuments_AreRefusedWithinBounds()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var huge = "{\"comment\":\"" + new string('x', PactFootprintReader.MaxCharacters) + "\"}";
        var longString = Written();
        longString["comment"] = new string('y', 20_000);
        var manyIds = Written();
        manyIds["productIds"] = new JsonArray([.. Enumerable.Range(0, 1001).Select(i => (JsonNode)$"urn:gtin:{i}")]);

        Assert.Equal("$", PactFootprintReader.Read(deep, "steel").Problem?.Field);
        Assert.Equal("$", PactFootprintReader.Read(huge, "steel").Problem?.Field);
        Assert.Equal("$", PactFootprintReader.Read("{\"id\": ", "steel").Problem?.Field);
        Assert.Equal("$", PactFootprintReader.Read("[]", "steel").Problem?.Field);
        AssertRefused(longString, "comment", "at most");
        AssertRefused(manyIds, "productIds", "at most 1000");
    }

    [Theory]
    [InlineData("urn:gtin:4712345060507", true)]
    [InlineData("URN:uuid:abc", true)]
    [InlineData("urn:eclass:0173-1#01-AAA123#005", true)]
    [InlineData("urn:pact:sample.com:product-id:44055-9c05bc35-68f8", true)]
    [InlineData("urn:x:1", false)]
    [InlineData("urn:-ab:1", false)]
    [InlineData("urn:gtin:", false)]
    [InlineData("urn:gtin:a b", false)]
    [InlineData("gtin:123", false)]
    public void IsUrn_Value_FollowsRfc8141(string value, bool expected) => Assert.Equal(expected, PactFootprintReader.IsUrn(value));
}
