namespace Microfactory.Carbon.Model;

/// <summary>
/// A supplier's own product carbon footprint for a material (the PACT <c>ProductFootprint</c> fields the engine needs).
/// Preferred over any secondary factor when valid on the reference date.
/// </summary>
/// <param name="MaterialId">The material it applies to (ordinal match).</param>
/// <param name="FootprintId">The PACT footprint id (or another reference), reported as the line's source; not empty.</param>
/// <param name="SupplierName">The supplier (PACT <c>companyName</c>); not empty.</param>
/// <param name="DeclaredUnit">PACT <c>declaredUnitOfMeasurement</c>, such as <c>kilogram</c>; must equal the line's unit.</param>
/// <param name="DeclaredUnitAmount">PACT <c>declaredUnitAmount</c>, greater than 0: the footprint is per this many units.</param>
/// <param name="KgCo2ePerDeclaredUnit">PACT <c>pcfExcludingBiogenicUptake</c>, kg CO2e per declared unit, at least 0.</param>
/// <param name="PrimaryDataSharePercent">PACT <c>primaryDataShare</c>, 0 to 100 %.</param>
/// <param name="ValidFrom">PACT <c>validityPeriodStart</c> (inclusive), or null when open.</param>
/// <param name="ValidUntil">PACT <c>validityPeriodEnd</c> (exclusive), or null when open.</param>
/// <param name="Dqi">PACT <c>dqi</c>, or null when not given (ranked after any footprint that has one).</param>
/// <param name="FossilKgCo2ePerDeclaredUnit">PACT <c>fossilGhgEmissions</c>, kg CO2e per declared unit, when given.</param>
/// <param name="BiogenicKgCo2ePerDeclaredUnit">Biogenic emissions (PACT <c>landManagementBiogenicCO2Emissions</c> plus <c>biogenicNonCO2Emissions</c>), kg CO2e per declared unit, when given.</param>
/// <param name="BiogenicCarbonKgPerDeclaredUnit">PACT <c>biogenicCarbonContent</c>, kg C per declared unit, when given; at least 0.</param>
/// <param name="Deprecated">True when PACT <c>status</c> is <c>Deprecated</c>: never used, whatever its validity period.</param>
public sealed record SupplierFootprint(
    string MaterialId,
    string FootprintId,
    string SupplierName,
    string DeclaredUnit,
    decimal DeclaredUnitAmount,
    decimal KgCo2ePerDeclaredUnit,
    decimal PrimaryDataSharePercent,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    DataQuality? Dqi = null,
    decimal? FossilKgCo2ePerDeclaredUnit = null,
    decimal? BiogenicKgCo2ePerDeclaredUnit = null,
    decimal? BiogenicCarbonKgPerDeclaredUnit = null,
    bool Deprecated = false)
{
    /// <summary>True when not <see cref="Deprecated"/> and <paramref name="date"/> lies in [<see cref="ValidFrom"/>, <see cref="ValidUntil"/>).</summary>
    public bool IsValidOn(DateTimeOffset date) => !Deprecated && (ValidFrom is null || ValidFrom <= date) && (ValidUntil is null || date < ValidUntil);
}
