using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Calculation;

/// <summary>
/// A cradle-to-gate product carbon footprint (ISO 14067, PACT methodology): the total for all units, the same per
/// declared unit, subtotals per category, every line, and the share of primary data by emissions.
/// </summary>
/// <param name="Kind">Estimate or actual.</param>
/// <param name="Subject">What was footprinted.</param>
/// <param name="DeclaredUnit">The declared unit, such as <c>piece</c>.</param>
/// <param name="Units">How many declared units the total covers.</param>
/// <param name="TotalKgCo2e">kg CO2e for all units, excluding biogenic uptake: the exact sum of the lines.</param>
/// <param name="KgCo2ePerDeclaredUnit">kg CO2e per declared unit (PACT <c>pcfExcludingBiogenicUptake</c>).</param>
/// <param name="FossilKgCo2ePerDeclaredUnit">Fossil kg CO2e per declared unit, summed over lines that give a fossil part (PACT <c>fossilGhgEmissions</c>); null when no line does.</param>
/// <param name="BiogenicKgCo2ePerDeclaredUnit">Biogenic kg CO2e per declared unit, summed over lines that give one; null when no line does.</param>
/// <param name="BiogenicCarbonKgPerDeclaredUnit">Biogenic carbon content, kg C per declared unit (PACT <c>biogenicCarbonContent</c>), summed over lines that give it; null when no line does.</param>
/// <param name="KgCo2eIncludingBiogenicUptakePerDeclaredUnit">
/// PACT <c>pcfIncludingBiogenicUptake</c>: <paramref name="KgCo2ePerDeclaredUnit"/> minus the CO2 taken up to form the biogenic
/// carbon in the product (44/12 kg CO2 per kg C, ISO 14067 cradle-to-gate), to <see cref="FootprintCalculator.Decimals"/> places; null when the carbon content is unknown.
/// </param>
/// <param name="ProductMassKgPerDeclaredUnit">Material mass per declared unit, kg, excluding packaging (PACT <c>productMassPerDeclaredUnit</c>).</param>
/// <param name="PrimaryDataSharePercent">PACT <c>primaryDataShare</c>: Σ(line kg × line primary share) / total, in %; 0 when the total is 0.</param>
/// <param name="Subtotals">One subtotal per category, in category order, every category present.</param>
/// <param name="Lines">Lines in input order: materials, energy, transport, packaging.</param>
public sealed record Footprint(
    FootprintKind Kind,
    string Subject,
    string DeclaredUnit,
    decimal Units,
    decimal TotalKgCo2e,
    decimal KgCo2ePerDeclaredUnit,
    decimal? FossilKgCo2ePerDeclaredUnit,
    decimal? BiogenicKgCo2ePerDeclaredUnit,
    decimal? BiogenicCarbonKgPerDeclaredUnit,
    decimal? KgCo2eIncludingBiogenicUptakePerDeclaredUnit,
    decimal ProductMassKgPerDeclaredUnit,
    decimal PrimaryDataSharePercent,
    IReadOnlyList<CategoryTotal> Subtotals,
    IReadOnlyList<FootprintLine> Lines)
{
    /// <summary>The subtotal of <paramref name="category"/> in kg CO2e, for all units.</summary>
    public decimal Subtotal(LineCategory category) => Subtotals.First(s => s.Category == category).KgCo2e;
}
