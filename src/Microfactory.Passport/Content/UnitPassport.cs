namespace Microfactory.Passport.Content;

/// <summary>What a passport says about one produced unit: its product type plus serial number, completion time, how it was
/// built and its actual footprint. Input to <see cref="PassportBuilder.BuildUnit"/>.</summary>
/// <param name="Type">The product type the unit is an instance of; its texts, materials, steps and files are the unit's.</param>
/// <param name="SerialNumber">The unit's serial number: 1 to 64 characters, letters, digits, <c>-</c>, <c>_</c>, <c>.</c>.</param>
/// <param name="CompletedAt">When the unit was finished; the nameplate's date of manufacture (UTC day).</param>
/// <param name="Operations">The as-built record in order; empty leaves the As-built submodel out.</param>
/// <param name="ActualFootprint">The footprint measured for this unit; null falls back to the type's estimate, and without either
/// the Carbon Footprint submodel is left out.</param>
public sealed record UnitPassport(
    ProductTypePassport Type,
    string SerialNumber,
    DateTimeOffset CompletedAt,
    IReadOnlyList<AsBuiltOperation> Operations,
    FootprintSummary? ActualFootprint);
