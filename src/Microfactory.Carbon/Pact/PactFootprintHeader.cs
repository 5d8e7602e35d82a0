namespace Microfactory.Carbon.Pact;

/// <summary>What identifies a PACT footprint that was read, beside the figures the engine takes (<see cref="Model.SupplierFootprint"/>).</summary>
/// <param name="Id">PACT <c>id</c>.</param>
/// <param name="SpecVersion">PACT <c>specVersion</c>, a 3.x version.</param>
/// <param name="Created">PACT <c>created</c>.</param>
/// <param name="Status"><c>Active</c> or <c>Deprecated</c>.</param>
/// <param name="PrecedingIds">PACT <c>precedingPfIds</c> (empty when undefined).</param>
/// <param name="CompanyName">PACT <c>companyName</c>.</param>
/// <param name="CompanyIds">PACT <c>companyIds</c>, at least one URN.</param>
/// <param name="ProductIds">PACT <c>productIds</c>, at least one URN.</param>
/// <param name="ProductClassifications">PACT <c>productClassifications</c> (empty when undefined).</param>
/// <param name="ProductName">PACT <c>productNameCompany</c>.</param>
/// <param name="ReferenceStart">PACT <c>pcf.referencePeriodStart</c>.</param>
/// <param name="ReferenceEnd">PACT <c>pcf.referencePeriodEnd</c>.</param>
/// <param name="GeographyCountry">PACT <c>pcf.geographyCountry</c>, or null.</param>
public sealed record PactFootprintHeader(
    Guid Id,
    string SpecVersion,
    DateTimeOffset Created,
    string Status,
    IReadOnlyList<Guid> PrecedingIds,
    string CompanyName,
    IReadOnlyList<string> CompanyIds,
    IReadOnlyList<string> ProductIds,
    IReadOnlyList<string> ProductClassifications,
    string ProductName,
    DateTimeOffset ReferenceStart,
    DateTimeOffset ReferenceEnd,
    string? GeographyCountry);
