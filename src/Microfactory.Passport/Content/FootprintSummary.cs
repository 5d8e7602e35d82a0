namespace Microfactory.Passport.Content;

/// <summary>A product carbon footprint as the IDTA 02023 Carbon Footprint submodel carries it.</summary>
/// <param name="PcfKgCo2e">Sum of the greenhouse gas emissions, in kg CO2e per <paramref name="QuantityOfMeasure"/>
/// <paramref name="ReferenceUnit"/>, at least 0 (<c>PcfCO2eq</c>).</param>
/// <param name="ReferenceUnit">Unit the footprint refers to, for example <c>piece</c> or <c>kg</c> (<c>ReferenceImpactUnitForCalculation</c>).</param>
/// <param name="QuantityOfMeasure">How many reference units the footprint covers, greater than 0 (<c>QuantityOfMeasureForCalculation</c>).</param>
/// <param name="CalculationMethods">Standards the footprint follows, at least one, for example <c>ISO 14067</c>, <c>GHG Protocol</c> (<c>PcfCalculationMethods</c>).</param>
/// <param name="LifeCyclePhases">Life-cycle stages covered, at least one, for example <c>A1-A3</c> (<c>LifeCyclePhases</c>).</param>
/// <param name="PublishedAt">When the footprint was published (<c>PublicationDate</c>), written in UTC.</param>
public sealed record FootprintSummary(
    decimal PcfKgCo2e,
    string ReferenceUnit,
    double QuantityOfMeasure,
    IReadOnlyList<string> CalculationMethods,
    IReadOnlyList<string> LifeCyclePhases,
    DateTimeOffset PublishedAt)
{
    /// <summary>End of the footprint's validity (<c>ExpirationDate</c>), written in UTC; optional.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
