namespace Microfactory.Carbon.Pact;

/// <summary>
/// What a PACT v3 <c>ProductFootprint</c> says around the engine's figures: who owns it, what product it is of, its
/// lifecycle and its periods. Ids are URNs (<c>urn:…</c>), times are instants (written in UTC).
/// </summary>
/// <param name="Id">The footprint's id (PACT <c>id</c>).</param>
/// <param name="Created">When it was created (PACT <c>created</c>).</param>
/// <param name="Status"><c>Active</c> or <c>Deprecated</c>.</param>
/// <param name="PrecedingIds">Footprints this one replaces (PACT <c>precedingPfIds</c>; left out when empty).</param>
/// <param name="ValidFrom">Start of the validity period, inclusive.</param>
/// <param name="ValidUntil">End of the validity period, exclusive.</param>
/// <param name="CompanyName">The data owner (PACT <c>companyName</c>); not empty.</param>
/// <param name="CompanyIds">The data owner's URNs, at least one.</param>
/// <param name="ProductIds">The product's URNs, at least one.</param>
/// <param name="ProductName">The product's trade name (PACT <c>productNameCompany</c>); not empty.</param>
/// <param name="ProductDescription">Free text about the product (may be empty).</param>
/// <param name="ProductClassifications">Classification URNs (PACT <c>productClassifications</c>; left out when empty).</param>
/// <param name="ReferenceStart">Start of the reference period (the earliest activity data), inclusive.</param>
/// <param name="ReferenceEnd">End of the reference period, exclusive.</param>
/// <param name="GeographyCountry">ISO 3166-1 alpha-2 country of production (PACT <c>geographyCountry</c>), or null when unknown.</param>
/// <param name="Comment">What the footprint is (estimate of a design or actual of a unit) and how to read it, or null.</param>
public sealed record PactFootprintMetadata(
    Guid Id,
    DateTimeOffset Created,
    string Status,
    IReadOnlyList<Guid> PrecedingIds,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidUntil,
    string CompanyName,
    IReadOnlyList<string> CompanyIds,
    IReadOnlyList<string> ProductIds,
    string ProductName,
    string ProductDescription,
    IReadOnlyList<string> ProductClassifications,
    DateTimeOffset ReferenceStart,
    DateTimeOffset ReferenceEnd,
    string? GeographyCountry,
    string? Comment = null);
