namespace Microfactory.Carbon.Pact;

/// <summary>The closed value lists of the PACT v3 data model (taken from the v3 OpenAPI schema, 3.0.3).</summary>
public static class PactVocabulary
{
    /// <summary>The version this library writes (PACT <c>specVersion</c>).</summary>
    public const string SpecVersion = "3.0.0";

    /// <summary>PACT <c>status</c> of the current footprint of a product.</summary>
    public const string Active = "Active";

    /// <summary>PACT <c>status</c> of a footprint a newer one replaced.</summary>
    public const string Deprecated = "Deprecated";

    /// <summary><c>declaredUnitOfMeasurement</c> values.</summary>
    public static IReadOnlySet<string> DeclaredUnits { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "liter", "kilogram", "cubic meter", "kilowatt hour", "megajoule", "ton kilometer", "square meter", "piece", "hour", "megabit second",
    };

    /// <summary><c>geographyRegionOrSubregion</c> values (UN M49 regions and sub-regions).</summary>
    public static IReadOnlySet<string> Regions { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Africa", "Americas", "Asia", "Europe", "Oceania", "Australia and New Zealand", "Central Asia", "Eastern Asia", "Eastern Europe",
        "Latin America and the Caribbean", "Melanesia", "Micronesia", "Northern Africa", "Northern America", "Northern Europe", "Polynesia",
        "South-eastern Asia", "Southern Asia", "Southern Europe", "Sub-Saharan Africa", "Western Asia", "Western Europe",
    };

    /// <summary><c>productOrSectorSpecificRules[].operator</c> values.</summary>
    public static IReadOnlySet<string> RuleOperators { get; } = new HashSet<string>(StringComparer.Ordinal) { "PEF", "EPD International", "Other" };

    /// <summary><c>verification.coverage</c> values.</summary>
    public static IReadOnlySet<string> VerificationCoverages { get; } = new HashSet<string>(StringComparer.Ordinal) { "PCF calculation model", "PCF program", "product level" };

    /// <summary><c>ccuCalculationApproach</c> values.</summary>
    public static IReadOnlySet<string> CcuApproaches { get; } = new HashSet<string>(StringComparer.Ordinal) { "Cut-off", "Credit" };
}
