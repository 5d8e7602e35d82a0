using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Pact;

/// <summary>
/// Writes a PACT v3 <c>ProductFootprint</c> from the engine's <see cref="Footprint"/> and its <see cref="PactFootprintMetadata"/>.
/// Every decimal is a string as the schema wants it (<see cref="PactDecimal.Format"/>), per declared unit, rounded to
/// <see cref="FootprintCalculator.Decimals"/> places. Where the engine's data has no split, the writer says so in
/// <c>comment</c> rather than invent one: lines without a fossil part count as fossil, and the product's fossil carbon
/// content is not assessed (the schema requires it, so it is written as 0).
/// </summary>
public static partial class PactFootprintWriter
{
    /// <summary>The IPCC assessment report of the characterization factors (PACT <c>ipccCharacterizationFactors</c>).</summary>
    public const string IpccReport = "AR6";

    /// <summary>The document for <paramref name="footprint"/>; throws <see cref="ArgumentException"/> when the metadata breaks the data model.</summary>
    public static JsonObject Write(Footprint footprint, PactFootprintMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(footprint);
        ArgumentNullException.ThrowIfNull(metadata);
        Check(footprint, metadata);
        var document = new JsonObject
        {
            ["id"] = metadata.Id.ToString("D"),
            ["specVersion"] = PactVocabulary.SpecVersion,
        };
        if (metadata.PrecedingIds.Count > 0)
        {
            document["precedingPfIds"] = Array(metadata.PrecedingIds.Select(p => p.ToString("D")));
        }
        document["created"] = FormatTime(metadata.Created);
        document["status"] = metadata.Status;
        document["validityPeriodStart"] = FormatTime(metadata.ValidFrom);
        document["validityPeriodEnd"] = FormatTime(metadata.ValidUntil);
        document["companyName"] = metadata.CompanyName;
        document["companyIds"] = Array(metadata.CompanyIds);
        document["productDescription"] = metadata.ProductDescription;
        document["productIds"] = Array(metadata.ProductIds);
        if (metadata.ProductClassifications.Count > 0)
        {
            document["productClassifications"] = Array(metadata.ProductClassifications);
        }
        document["productNameCompany"] = metadata.ProductName;
        document["comment"] = Comment(footprint, metadata);
        document["pcf"] = CarbonFootprint(footprint, metadata);
        return document;
    }

    private static JsonObject CarbonFootprint(Footprint f, PactFootprintMetadata metadata)
    {
        var excluding = PerUnit(f.TotalKgCo2e, f);
        var pcf = new JsonObject
        {
            ["declaredUnitOfMeasurement"] = f.DeclaredUnit,
            ["declaredUnitAmount"] = "1",
            ["productMassPerDeclaredUnit"] = Number(f.ProductMassKgPerDeclaredUnit),
            ["referencePeriodStart"] = FormatTime(metadata.ReferenceStart),
            ["referencePeriodEnd"] = FormatTime(metadata.ReferenceEnd),
        };
        if (metadata.GeographyCountry is { Length: > 0 } country)
        {
            pcf["geographyCountry"] = country;
        }
        pcf["boundaryProcessesDescription"] = Boundary(f);
        pcf["pcfExcludingBiogenicUptake"] = Number(excluding);
        if (f.BiogenicCarbonKgPerDeclaredUnit is { } carbon && f.KgCo2eIncludingBiogenicUptakePerDeclaredUnit is { } including)
        {
            pcf["pcfIncludingBiogenicUptake"] = Number(including);
            pcf["fossilGhgEmissions"] = Number(Fossil(f));
            pcf["fossilCarbonContent"] = "0";
            pcf["biogenicCarbonContent"] = Number(carbon);
            pcf["biogenicCO2Uptake"] = Number(Math.Min(0m, Round(including) - Round(excluding)));
        }
        else
        {
            // Without the carbon content there is no uptake to subtract.
            pcf["pcfIncludingBiogenicUptake"] = Number(excluding);
            pcf["fossilGhgEmissions"] = Number(Fossil(f));
            pcf["fossilCarbonContent"] = "0";
        }
        var packaging = f.Lines.Where(l => l.Category == LineCategory.Packaging).ToList();
        pcf["packagingEmissionsIncluded"] = packaging.Count > 0;
        if (packaging.Count > 0)
        {
            pcf["packagingGhgEmissions"] = Number(PerUnit(packaging.Sum(l => l.KgCo2e), f));
        }
        pcf["ipccCharacterizationFactors"] = Array([IpccReport]);
        pcf["crossSectoralStandards"] = Array(["ISO14067", "PACT-3.0"]);
        pcf["exemptedEmissionsPercent"] = "0";
        pcf["exemptedEmissionsDescription"] = "No emissions inside the boundary were exempted.";
        pcf["allocationRulesDescription"] = Allocation(f);
        var sources = SecondarySources(f);
        if (sources.Count > 0)
        {
            pcf["secondaryEmissionFactorSources"] = new JsonArray([.. sources.Select(s => (JsonNode)new JsonObject { ["name"] = s.Name, ["version"] = s.Version })]);
        }
        pcf["primaryDataShare"] = Number(f.PrimaryDataSharePercent);
        if (Dqi(f) is { } dqi)
        {
            pcf["dqi"] = new JsonObject
            {
                ["technologicalDQR"] = Number(dqi.TechnologicalDqr),
                ["geographicalDQR"] = Number(dqi.GeographicalDqr),
                ["temporalDQR"] = Number(dqi.TemporalDqr),
            };
        }
        return pcf;
    }

    /// <summary>fossilGhgEmissions: each line's fossil part, or the whole line less its biogenic part where the data gives no fossil part.</summary>
    private static decimal Fossil(Footprint f) =>
        Math.Max(0m, PerUnit(f.Lines.Sum(l => l.FossilKgCo2e ?? (l.KgCo2e - (l.BiogenicKgCo2e ?? 0m))), f));

    /// <summary>
    /// The emission-weighted mean of the lines' ratings (PACT methodology 4.2.3), only when every line that emits has
    /// ratings: a mean over part of the footprint would claim a quality nobody rated.
    /// </summary>
    private static DataQuality? Dqi(Footprint f)
    {
        var emitting = f.Lines.Where(l => l.KgCo2e > 0m).ToList();
        if (emitting.Count == 0 || emitting.Any(l => l.DataQuality is null))
        {
            return null;
        }
        var total = emitting.Sum(l => l.KgCo2e);
        decimal Mean(Func<DataQuality, decimal> rating) => decimal.Round(emitting.Sum(l => l.KgCo2e * rating(l.DataQuality!)) / total, 2, MidpointRounding.ToEven);
        return new DataQuality(Mean(d => d.TechnologicalDqr), Mean(d => d.GeographicalDqr), Mean(d => d.TemporalDqr));
    }

    /// <summary>The factor sources that are not a supplier's own footprint, each once, in line order.</summary>
    private static List<(string Name, string Version)> SecondarySources(Footprint f) =>
    [
        .. f.Lines
            .Where(l => !(l.DataType == DataType.Primary && l.Category is LineCategory.Materials or LineCategory.Packaging))
            .Select(l => l.FactorSource)
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Distinct(StringComparer.Ordinal)
            .Select(s => (s, Version().Match(s) is { Success: true } m ? m.Value : "unspecified")),
    ];

    private static string Boundary(Footprint f)
    {
        var energy = f.Kind == FootprintKind.Actual
            ? "the electricity each operation drew (metered where the machine meters it) at the grid intensity of the hours it ran"
            : "the electricity each planned operation is expected to draw at the grid intensity of the hours it is planned for";
        var stages = new List<string> { "purchased materials and parts (cradle to the supplier's gate)", energy, "inbound transport from the suppliers" };
        if (f.Lines.Any(l => l.Category == LineCategory.Packaging))
        {
            stages.Add("packaging");
        }
        return "Cradle to gate: " + string.Join("; ", stages) + ". Outside the boundary: outbound transport, use, end of life and capital goods.";
    }

    private static string Allocation(Footprint f) =>
        $"The quantities are for {Number(f.Units)} {f.DeclaredUnit} together and are divided equally among them (mass-independent, one declared unit each). "
        + "Electricity shared with other products is split by operation before calculation: each operation carries only what it drew.";

    private static string Comment(Footprint f, PactFootprintMetadata metadata)
    {
        var notes = new List<string>();
        if (!string.IsNullOrWhiteSpace(metadata.Comment))
        {
            notes.Add(metadata.Comment.Trim());
        }
        notes.Add(f.Kind == FootprintKind.Actual
            ? "Actual footprint of produced units from their as-built record."
            : "Estimated footprint of a design before production, from its bill of materials and planned operations.");
        if (f.Lines.Any(l => l.FossilKgCo2e is null))
        {
            notes.Add("Lines whose data give no fossil/biogenic split are counted as fossil in fossilGhgEmissions.");
        }
        notes.Add("The fossil carbon content of the product is not assessed; the schema requires fossilCarbonContent, so it is given as 0.");
        if (f.BiogenicCarbonKgPerDeclaredUnit is null)
        {
            notes.Add("The biogenic carbon content is unknown, so no biogenic CO2 uptake is subtracted: pcfIncludingBiogenicUptake equals pcfExcludingBiogenicUptake.");
        }
        return string.Join(" ", notes);
    }

    private static void Check(Footprint f, PactFootprintMetadata m)
    {
        Require(PactVocabulary.DeclaredUnits.Contains(f.DeclaredUnit), $"declared unit '{f.DeclaredUnit}' is not a PACT declaredUnitOfMeasurement");
        Require(f.Units > 0m, "the footprint must cover at least one declared unit");
        Require(m.Status is PactVocabulary.Active or PactVocabulary.Deprecated, "status must be Active or Deprecated");
        Require(!string.IsNullOrWhiteSpace(m.CompanyName), "companyName must not be empty");
        Require(!string.IsNullOrWhiteSpace(m.ProductName), "productNameCompany must not be empty");
        Urns(m.CompanyIds, "companyIds", required: true);
        Urns(m.ProductIds, "productIds", required: true);
        Urns(m.ProductClassifications, "productClassifications", required: false);
        Require(m.PrecedingIds.Distinct().Count() == m.PrecedingIds.Count, "precedingPfIds must not repeat an id");
        Require(m.ValidUntil > m.ValidFrom, "the validity period must end after it starts");
        Require(m.ReferenceEnd >= m.ReferenceStart, "the reference period must not end before it starts");
        Require(m.GeographyCountry is null or "" || CountryCode().IsMatch(m.GeographyCountry), "geographyCountry must be an ISO 3166-1 alpha-2 code in capitals");
    }

    private static void Urns(IReadOnlyList<string> values, string field, bool required)
    {
        Require(!required || values.Count > 0, $"{field} must hold at least one URN");
        Require(values.All(PactFootprintReader.IsUrn), $"{field} must hold URNs (urn:…)");
        Require(values.Distinct(StringComparer.Ordinal).Count() == values.Count, $"{field} must not repeat a value");
    }

    private static void Require(bool condition, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"The footprint cannot be written as a PACT ProductFootprint: {rule}.");
        }
    }

    private static decimal PerUnit(decimal kgForAllUnits, Footprint f) => kgForAllUnits / f.Units;

    private static decimal Round(decimal value) => decimal.Round(value, FootprintCalculator.Decimals, MidpointRounding.ToEven);

    private static string Number(decimal value) => PactDecimal.Format(Round(value));

    /// <summary>RFC 3339 in UTC, fraction only when there is one.</summary>
    public static string FormatTime(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    [GeneratedRegex(@"\A[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();

    // A dotted version (3.10, 2.2.1) or a year (2012) standing alone in the source's name, not a quantity (0.55 kg).
    [GeneratedRegex(@"(?<![\w.])(?:[0-9]+(?:\.[0-9]+)+|(?:19|20)[0-9]{2})(?![\w.])(?!\s*(?:kg|g|t|kwh|mwh|%|/))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Version();
}
