using System.Text.Json.Nodes;
using Microfactory.Carbon.Pact;

namespace Microfactory.Carbon.Tests.Pact;

public sealed class PactFootprintWriterTests
{
    private static JsonObject Pcf(JsonObject document) => document["pcf"]!.AsObject();

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    [Fact]
    public void Write_MixedFootprint_GivesEveryFigurePerDeclaredUnitAsDecimalStrings()
    {
        var footprint = PactSamples.Mixed();
        var pcf = Pcf(PactFootprintWriter.Write(footprint, PactSamples.Metadata()));

        // Lines for 2 pieces: steel 10 × 1.5 = 15; alu 4 × 8.6 = 34.4 (fossil 32.8); energy 3 × 0.3 = 0.9;
        // truck 0.014 t × 100 km × 0.1065 = 0.1491; board 1 × 0.9 = 0.9 (biogenic C 0.4). Total 51.3491, per piece 25.67455.
        Assert.Equal(25.67455m, footprint.KgCo2ePerDeclaredUnit);
        Assert.Equal("25.67455", Text(pcf["pcfExcludingBiogenicUptake"]));
        Assert.Equal("piece", Text(pcf["declaredUnitOfMeasurement"]));
        Assert.Equal("1", Text(pcf["declaredUnitAmount"]));
        Assert.Equal("7", Text(pcf["productMassPerDeclaredUnit"]));
        // Fossil: alu's own part 32.8, every other line counted whole (15 + 0.9 + 0.1491 + 0.9) = 49.7491, per piece 24.87455.
        Assert.Equal("24.87455", Text(pcf["fossilGhgEmissions"]));
        Assert.Equal("0", Text(pcf["fossilCarbonContent"]));
        // Biogenic carbon 0.4 / 2 = 0.2 kg C; uptake 44/12 × 0.2 = 0.733333333 (9 places, the engine's).
        Assert.Equal("0.2", Text(pcf["biogenicCarbonContent"]));
        Assert.Equal("24.941216667", Text(pcf["pcfIncludingBiogenicUptake"]));
        Assert.Equal("-0.733333333", Text(pcf["biogenicCO2Uptake"]));
        Assert.True(pcf["packagingEmissionsIncluded"]!.GetValue<bool>());
        Assert.Equal("0.45", Text(pcf["packagingGhgEmissions"]));
        // Primary: steel 15 × 60 % = 9 of 51.3491.
        Assert.Equal(PactDecimal.Format(decimal.Round(9m / 51.3491m * 100m, 9)), Text(pcf["primaryDataShare"]));
        Assert.Equal("HK", Text(pcf["geographyCountry"]));
        Assert.Equal("2026-03-16T09:00:00Z", Text(pcf["referencePeriodStart"]));
        Assert.Equal(["AR6"], pcf["ipccCharacterizationFactors"]!.AsArray().Select(Text));
        Assert.Equal(["ISO14067", "PACT-3.0"], pcf["crossSectoralStandards"]!.AsArray().Select(Text));
        Assert.Equal("0", Text(pcf["exemptedEmissionsPercent"]));
        // Secondary lines have no ratings, so no footprint-level dqi is claimed.
        Assert.Null(pcf["dqi"]);
    }

    [Fact]
    public void Write_SecondarySources_AreNamedOnceWithTheirVersionAndSupplierPcfsLeftOut()
    {
        var pcf = Pcf(PactFootprintWriter.Write(PactSamples.Mixed(), PactSamples.Metadata()));
        var sources = pcf["secondaryEmissionFactorSources"]!.AsArray().Select(s => (Text(s!["name"]), Text(s["version"]))).ToList();

        Assert.Equal(
        [
            ("ecoinvent 3.10 cut-off, aluminium, primary ingot", "3.10"),
            ("test grid profile", "unspecified"),
            ("test figure, truck", "unspecified"),
            ("FEFCO 2018 corrugated board", "2018"),
        ], sources);
    }

    [Fact]
    public void Write_EveryEmittingLineRated_GivesTheEmissionWeightedDqi()
    {
        var document = PactFootprintWriter.Write(PactSamples.SupplierOnly(), PactSamples.Metadata());
        var pcf = Pcf(document);

        Assert.Equal("2", Text(pcf["dqi"]!["technologicalDQR"]));
        Assert.Equal("3", Text(pcf["dqi"]!["geographicalDQR"]));
        Assert.Equal("1", Text(pcf["dqi"]!["temporalDQR"]));
        Assert.Null(pcf["secondaryEmissionFactorSources"]);
        Assert.False(pcf["packagingEmissionsIncluded"]!.GetValue<bool>());
        Assert.Null(pcf["packagingGhgEmissions"]);
        // No biogenic data: nothing to subtract.
        Assert.Equal(Text(pcf["pcfExcludingBiogenicUptake"]), Text(pcf["pcfIncludingBiogenicUptake"]));
        Assert.Null(pcf["biogenicCarbonContent"]);
        Assert.Contains("biogenic carbon content is unknown", Text(document["comment"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Metadata_GivesTheProductFootprintFields()
    {
        var preceding = Guid.Parse("f4b1225a-bd44-4c8e-861d-079e4e1dfd69");
        var document = PactFootprintWriter.Write(PactSamples.Mixed(), PactSamples.Metadata() with { PrecedingIds = [preceding], ProductClassifications = ["urn:pact:productclassification:un-cpc:38140"] });

        Assert.Equal(PactSamples.Id.ToString("D"), Text(document["id"]));
        Assert.Equal("3.0.0", Text(document["specVersion"]));
        Assert.Equal("Active", Text(document["status"]));
        Assert.Equal("2026-03-16T08:00:00Z", Text(document["created"]));
        Assert.Equal("2026-03-17T00:00:00Z", Text(document["validityPeriodStart"]));
        Assert.Equal("2027-03-17T00:00:00Z", Text(document["validityPeriodEnd"]));
        Assert.Equal([preceding.ToString("D")], document["precedingPfIds"]!.AsArray().Select(Text));
        Assert.Equal(["urn:pact:productclassification:un-cpc:38140"], document["productClassifications"]!.AsArray().Select(Text));
        Assert.Equal("Wall shelf", Text(document["productNameCompany"]));
    }

    [Fact]
    public void Write_EmptyOptionalLists_AreLeftOutRatherThanEmpty()
    {
        var document = PactFootprintWriter.Write(PactSamples.Mixed(), PactSamples.Metadata() with { GeographyCountry = null });

        Assert.Null(document["precedingPfIds"]);
        Assert.Null(document["productClassifications"]);
        Assert.Null(Pcf(document)["geographyCountry"]);
    }

    [Fact]
    public void Write_NoDecimalAnywhere_IsANumberOrHasAnExponent()
    {
        var document = PactFootprintWriter.Write(PactSamples.Mixed(), PactSamples.Metadata());
        var numbers = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o: foreach (var (_, v) in o) { Walk(v); } break;
                case JsonArray a: foreach (var v in a) { Walk(v); } break;
                case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number: numbers.Add(v); break;
            }
        }
        Walk(document);

        Assert.Empty(numbers);
        foreach (var (name, value) in Pcf(document))
        {
            if (value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String && char.IsAsciiDigit(v.GetValue<string>().TrimStart('-')[0]) && !name.StartsWith("reference", StringComparison.Ordinal))
            {
                Assert.Null(PactDecimal.TryParse(v.GetValue<string>(), DecimalSign.Any, out _));
            }
        }
    }

    [Theory]
    [InlineData("status")]
    [InlineData("companyIds")]
    [InlineData("productIds")]
    [InlineData("validity")]
    [InlineData("country")]
    [InlineData("name")]
    public void Write_MetadataBreakingTheDataModel_Throws(string broken)
    {
        var metadata = PactSamples.Metadata();
        metadata = broken switch
        {
            "status" => metadata with { Status = "Retired" },
            "companyIds" => metadata with { CompanyIds = [] },
            "productIds" => metadata with { ProductIds = ["SKU-42"] },
            "validity" => metadata with { ValidUntil = metadata.ValidFrom },
            "country" => metadata with { GeographyCountry = "hk" },
            _ => metadata with { ProductName = " " },
        };

        Assert.Throws<ArgumentException>(() => PactFootprintWriter.Write(PactSamples.Mixed(), metadata));
    }
}
