using Microfactory.Carbon.Calculation;

namespace Microfactory.Server.Features.Carbon;

/// <summary>
/// A product footprint the platform computed and publishes: the engine's <see cref="Breakdown"/> with what PACT needs
/// around it. <see cref="Id"/> is the PACT footprint id (a UUID). An <see cref="FootprintKinds.Estimate"/> belongs to a design
/// (<see cref="Subject"/> is its design key), an <see cref="FootprintKinds.Actual"/> to the produced unit <see cref="Serial"/>.
/// <see cref="ProductIds"/> are URNs (the design's, and for an actual also the serial's).
/// </summary>
internal sealed record ProductFootprintRecord(
    Guid Id,
    string FactoryId,
    string Kind,
    string Subject,
    string TemplateId,
    string TemplateVersion,
    string? Serial,
    IReadOnlyList<string> ProductIds,
    string ProductName,
    string ProductDescription,
    string Status,
    IReadOnlyList<Guid> PrecedingIds,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StatusChangedAt,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    DateTimeOffset ReferenceStart,
    DateTimeOffset ReferenceEnd,
    string GeographyCountry,
    Footprint Breakdown)
{
    /// <summary>kg CO2e per declared unit (PACT <c>pcfExcludingBiogenicUptake</c>).</summary>
    public decimal KgCo2ePerUnit => Breakdown.KgCo2ePerDeclaredUnit;
}

/// <summary>The two kinds of footprint and the two PACT statuses, as stored.</summary>
internal static class FootprintKinds
{
    public const string Estimate = "estimate";
    public const string Actual = "actual";
    public const string Active = "Active";
    public const string Deprecated = "Deprecated";
}
