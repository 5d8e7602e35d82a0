using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Pact;

/// <summary>
/// Reads a PACT v3 <c>ProductFootprint</c> strictly: every field the v3 schema defines is checked for its type, shape and
/// sign (decimals with <see cref="PactDecimal"/>, whose checks the schema's own mis-anchored patterns cannot be trusted
/// with), unknown properties are ignored as the specification asks, and the footprint is then turned into the engine's
/// <see cref="SupplierFootprint"/>. The first broken rule is returned as a <see cref="Problem"/>; nothing is thrown for
/// bad input. Size and nesting are bounded before parsing.
/// </summary>
public static partial class PactFootprintReader
{
    /// <summary>Largest document read, in characters.</summary>
    public const int MaxCharacters = 1024 * 1024;

    /// <summary>Deepest nesting read (a footprint needs 5; extensions bring their own data).</summary>
    public const int MaxDepth = 32;

    /// <summary>The validity period when the document gives none: 3 years from the end of the reference period (PACT v3, Validity Period).</summary>
    public const int DefaultValidityYears = 3;

    private static readonly (string Name, DecimalSign Sign)[] OptionalDecimals =
    [
        ("biogenicCarbonContent", DecimalSign.PositiveOrZero),
        ("recycledCarbonContent", DecimalSign.PositiveOrZero),
        ("landUseChangeGhgEmissions", DecimalSign.PositiveOrZero),
        ("landCarbonLeakage", DecimalSign.PositiveOrZero),
        ("landManagementFossilGhgEmissions", DecimalSign.PositiveOrZero),
        ("landManagementBiogenicCO2Emissions", DecimalSign.PositiveOrZero),
        ("landManagementBiogenicCO2Removals", DecimalSign.NegativeOrZero),
        ("biogenicCO2Uptake", DecimalSign.NegativeOrZero),
        ("biogenicNonCO2Emissions", DecimalSign.PositiveOrZero),
        ("landAreaOccupation", DecimalSign.PositiveOrZero),
        ("aircraftGhgEmissions", DecimalSign.PositiveOrZero),
        ("packagingGhgEmissions", DecimalSign.PositiveOrZero),
        ("packagingBiogenicCarbonContent", DecimalSign.PositiveOrZero),
        ("outboundLogisticsGhgEmissions", DecimalSign.PositiveOrZero),
        ("ccsTechnologicalCO2Capture", DecimalSign.NegativeOrZero),
        ("technologicalCO2Removals", DecimalSign.NegativeOrZero),
        ("ccuCarbonContent", DecimalSign.PositiveOrZero),
    ];

    /// <summary>Whether <paramref name="value"/> is a URN (RFC 8141: <c>urn:</c>, a 2–32 character namespace id, <c>:</c> and a non-empty rest without spaces or controls).</summary>
    public static bool IsUrn(string value) => value.Length <= PactJson.MaxString && UrnShape().IsMatch(value);

    /// <summary>Reads a document from its JSON text, for the material <paramref name="materialId"/> of our catalogue it is a footprint of.</summary>
    public static PactReadResult Read(string json, string materialId)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxCharacters)
        {
            return PactReadResult.Failure(new("$", $"must be at most {MaxCharacters} characters long"));
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException exception)
        {
            return PactReadResult.Failure(new("$", $"must be well-formed JSON nested at most {MaxDepth} deep ({exception.Message})"));
        }
        using (document)
        {
            return Read(document.RootElement, materialId);
        }
    }

    /// <summary>Reads an already parsed document (the caller bounded its size and depth), for the material <paramref name="materialId"/>.</summary>
    public static PactReadResult Read(JsonElement element, string materialId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(materialId);
        try
        {
            return ReadFootprint(PactJson.Object(element, ""), materialId);
        }
        catch (PactJsonException broken)
        {
            return PactReadResult.Failure(broken.Problem);
        }
        catch (InvalidOperationException exception)
        {
            // JsonElement refuses to go deeper than its document's own limit.
            return PactReadResult.Failure(new("$", $"could not be read: {exception.Message}"));
        }
    }

    /// <summary>
    /// The first PACT v3 rule an already parsed document breaks, or null when it follows them all. Unlike
    /// <see cref="Read(JsonElement, string)"/> it does not ask whether the engine could use the footprint (a valid PACT
    /// footprint may report net removals), so a host can check the footprints an event carries.
    /// </summary>
    public static Problem? Check(JsonElement element)
    {
        try
        {
            _ = Header(PactJson.Object(element, ""));
            return null;
        }
        catch (PactJsonException broken)
        {
            return broken.Problem;
        }
        catch (InvalidOperationException exception)
        {
            return new("$", $"could not be read: {exception.Message}");
        }
    }

    private static PactReadResult ReadFootprint(PactJson root, string materialId)
    {
        var (header, figures, from, until) = Header(root);
        return PactReadResult.Success(ForEngine(materialId, header.Id, header.CompanyName, header.Status, from, until, figures), header);
    }

    private static (PactFootprintHeader Header, Figures Figures, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil) Header(PactJson root)
    {
        var id = root.RequiredUuid("id");
        var specVersion = root.RequiredString("specVersion");
        if (!SpecVersionShape().IsMatch(specVersion))
        {
            throw new PactJsonException("specVersion", "must be a PACT v3 version such as 3.0.0 (this reader reads v3 only)");
        }
        var preceding = root.Array("precedingPfIds", required: false, 1, PactJson.Uuid) ?? [];
        var created = root.RequiredTime("created");
        var status = root.RequiredEnum("status", new HashSet<string>(StringComparer.Ordinal) { PactVocabulary.Active, PactVocabulary.Deprecated });
        var validFrom = root.OptionalTime("validityPeriodStart");
        var validUntil = root.OptionalTime("validityPeriodEnd");
        var companyName = root.RequiredString("companyName");
        var companyIds = root.UrnArray("companyIds", required: true)!;
        _ = root.RequiredString("productDescription", nonEmpty: false);
        var productIds = root.UrnArray("productIds", required: true)!;
        var classifications = root.UrnArray("productClassifications", required: false) ?? [];
        var productName = root.RequiredString("productNameCompany");
        _ = root.OptionalString("comment");
        _ = root.ObjectArray("extensions", 0, Extension);
        var pcf = root.RequiredObject("pcf");
        var figures = CarbonFootprint(pcf);

        var from = validFrom ?? figures.ReferenceEnd;
        var until = validUntil ?? figures.ReferenceEnd.AddYears(DefaultValidityYears);
        if (until <= from)
        {
            throw new PactJsonException(validUntil is null ? "validityPeriodStart" : "validityPeriodEnd", "must leave a validity period that ends after it starts");
        }
        var header = new PactFootprintHeader(id, specVersion, created, status, preceding, companyName, companyIds, productIds, classifications, productName,
            figures.ReferenceStart, figures.ReferenceEnd, figures.Country);
        return (header, figures, from, until);
    }

    /// <summary>The engine takes gross emissions of at least 0 with parts inside the whole; a footprint it cannot represent is refused, not bent.</summary>
    private static SupplierFootprint ForEngine(string materialId, Guid id, string companyName, string status, DateTimeOffset from, DateTimeOffset until, Figures f)
    {
        if (f.Excluding < 0m)
        {
            throw new PactJsonException("pcf.pcfExcludingBiogenicUptake", "is below 0 (net removals): the footprint engine takes only footprints of at least 0 kg CO2e");
        }
        if (f.Fossil > f.Excluding)
        {
            throw new PactJsonException("pcf.fossilGhgEmissions", "exceeds pcfExcludingBiogenicUptake: the footprint engine needs the fossil part within the total");
        }
        if (f.Biogenic > f.Excluding)
        {
            throw new PactJsonException("pcf.landManagementBiogenicCO2Emissions", "with biogenicNonCO2Emissions exceeds pcfExcludingBiogenicUptake: the footprint engine needs the biogenic part within the total");
        }
        return new SupplierFootprint(materialId, id.ToString("D"), companyName, f.DeclaredUnit, f.DeclaredUnitAmount, f.Excluding, f.PrimaryDataShare ?? 0m,
            from, until, f.Dqi, f.Fossil, f.Biogenic, f.BiogenicCarbon, status == PactVocabulary.Deprecated);
    }

    private static Figures CarbonFootprint(PactJson pcf)
    {
        var unit = pcf.RequiredEnum("declaredUnitOfMeasurement", PactVocabulary.DeclaredUnits);
        var amount = pcf.RequiredDecimal("declaredUnitAmount", DecimalSign.PositiveNonZero);
        _ = pcf.RequiredDecimal("productMassPerDeclaredUnit", DecimalSign.PositiveOrZero);
        var referenceStart = pcf.RequiredTime("referencePeriodStart");
        var referenceEnd = pcf.RequiredTime("referencePeriodEnd");
        if (referenceEnd < referenceStart)
        {
            throw new PactJsonException(pcf.Path("referencePeriodEnd"), "must not be before referencePeriodStart");
        }
        var country = Geography(pcf);
        _ = pcf.OptionalString("boundaryProcessesDescription");
        var excluding = pcf.RequiredDecimal("pcfExcludingBiogenicUptake", DecimalSign.Any);
        _ = pcf.RequiredDecimal("pcfIncludingBiogenicUptake", DecimalSign.Any);
        var fossil = pcf.RequiredDecimal("fossilGhgEmissions", DecimalSign.PositiveOrZero);
        _ = pcf.RequiredDecimal("fossilCarbonContent", DecimalSign.PositiveOrZero);
        var optional = OptionalDecimals.ToDictionary(d => d.Name, d => pcf.OptionalDecimal(d.Name, d.Sign), StringComparer.Ordinal);
        if (pcf.OptionalBoolean("packagingEmissionsIncluded") == false && optional["packagingGhgEmissions"] is not null)
        {
            throw new PactJsonException(pcf.Path("packagingGhgEmissions"), "must be undefined when packagingEmissionsIncluded is false");
        }
        _ = pcf.OptionalBoolean("ccsTechnologicalCO2CaptureIncluded");
        _ = pcf.OptionalString("technologicalCO2CaptureOrigin");
        _ = pcf.OptionalEnum("ccuCalculationApproach", PactVocabulary.CcuApproaches);
        _ = pcf.OptionalUri("ccuCreditCertification");
        _ = pcf.Array("ipccCharacterizationFactors", required: true, 1, (e, path) =>
            IpccShape().IsMatch(PactJson.Text(e, path, nonEmpty: true)) ? e.GetString()! : throw new PactJsonException(path, "must name an IPCC assessment report such as AR6"));
        _ = pcf.Array("crossSectoralStandards", required: true, 1, (e, path) => PactJson.Text(e, path, nonEmpty: true));
        _ = pcf.ObjectArray("productOrSectorSpecificRules", 1, Rule);
        _ = pcf.OptionalDecimalBetween("exemptedEmissionsPercent", 0m, 100m, required: true);
        _ = pcf.OptionalString("exemptedEmissionsDescription");
        _ = pcf.OptionalString("allocationRulesDescription");
        _ = pcf.ObjectArray("secondaryEmissionFactorSources", 1, s => (s.RequiredString("name"), s.RequiredString("version")));
        var share = pcf.OptionalDecimalBetween("primaryDataShare", 0m, 100m);
        var dqi = pcf.OptionalObject("dqi") is { } d ? Dqi(d) : null;
        if (pcf.OptionalObject("verification") is { } verification)
        {
            _ = verification.OptionalEnum("coverage", PactVocabulary.VerificationCoverages);
            _ = verification.OptionalString("providerName");
            _ = verification.OptionalTime("completedAt");
            _ = verification.OptionalString("standardName");
            _ = verification.OptionalString("comments");
        }
        var landBiogenic = optional["landManagementBiogenicCO2Emissions"];
        var nonCo2 = optional["biogenicNonCO2Emissions"];
        var biogenic = landBiogenic is null && nonCo2 is null ? (decimal?)null : (landBiogenic ?? 0m) + (nonCo2 ?? 0m);
        return new Figures(unit, amount, referenceStart, referenceEnd, country, excluding, fossil, biogenic, optional["biogenicCarbonContent"], share, dqi);
    }

    /// <summary>At most one of region, country and subdivision (the schema's oneOf); the country, when given, is returned.</summary>
    private static string? Geography(PactJson pcf)
    {
        var given = new[] { "geographyRegionOrSubregion", "geographyCountry", "geographyCountrySubdivision" }.Where(pcf.Has).ToList();
        if (given.Count > 1)
        {
            throw new PactJsonException(pcf.Path(given[1]), $"must not be given together with {given[0]}: a footprint names one geography");
        }
        _ = pcf.OptionalEnum("geographyRegionOrSubregion", PactVocabulary.Regions);
        var country = pcf.OptionalString("geographyCountry");
        if (country is not null && !CountryShape().IsMatch(country))
        {
            throw new PactJsonException(pcf.Path("geographyCountry"), "must be an ISO 3166-1 alpha-2 code in capitals, such as DE");
        }
        var subdivision = pcf.OptionalString("geographyCountrySubdivision");
        if (subdivision is not null && !SubdivisionShape().IsMatch(subdivision))
        {
            throw new PactJsonException(pcf.Path("geographyCountrySubdivision"), "must be an ISO 3166-2 code such as DE-BW");
        }
        return country;
    }

    private static DataQuality Dqi(PactJson dqi)
    {
        decimal Rating(string name) => dqi.OptionalDecimalBetween(name, 1m, 5m, required: true)!.Value;
        return new DataQuality(Rating("technologicalDQR"), Rating("geographicalDQR"), Rating("temporalDQR"));
    }

    private static bool Rule(PactJson rule)
    {
        _ = rule.RequiredEnum("operator", PactVocabulary.RuleOperators);
        _ = rule.Array("ruleNames", required: true, 1, (e, path) => PactJson.Text(e, path, nonEmpty: true));
        // The schema asks for otherOperatorName with operator Other only in prose, and its own examples put it beside
        // the rules: it is read when given, not required.
        _ = rule.OptionalString("otherOperatorName", nonEmpty: true);
        return true;
    }

    private static bool Extension(PactJson extension)
    {
        _ = extension.RequiredString("specVersion");
        if (!Uri.TryCreate(extension.RequiredString("dataSchema"), UriKind.Absolute, out _))
        {
            throw new PactJsonException(extension.Path("dataSchema"), "must be an absolute URI");
        }
        _ = extension.OptionalString("documentation");
        _ = extension.RequiredObject("data");
        return true;
    }

    private sealed record Figures(
        string DeclaredUnit, decimal DeclaredUnitAmount, DateTimeOffset ReferenceStart, DateTimeOffset ReferenceEnd, string? Country, decimal Excluding,
        decimal Fossil, decimal? Biogenic, decimal? BiogenicCarbon, decimal? PrimaryDataShare, DataQuality? Dqi);

    [GeneratedRegex(@"\A[uU][rR][nN]:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:[^\x00-\x20\x7F]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex UrnShape();

    [GeneratedRegex(@"\A3\.[0-9]+\.[0-9]+(-[0-9]{8})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex SpecVersionShape();

    [GeneratedRegex(@"\AAR[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex IpccShape();

    [GeneratedRegex(@"\A[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CountryShape();

    [GeneratedRegex(@"\A[A-Z]{2}-[A-Z0-9]{1,3}\z", RegexOptions.CultureInvariant)]
    private static partial Regex SubdivisionShape();
}
