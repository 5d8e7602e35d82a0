namespace Microfactory.Passport.Content;

/// <summary>The manufacturer as the Digital Nameplate names it: the organisation, never a person.</summary>
/// <param name="Name">Legal name of the manufacturer (<c>ManufacturerName</c>).</param>
/// <param name="Address">The manufacturer's postal address (<c>AddressInformation</c>).</param>
public sealed record ManufacturerInfo(string Name, PostalAddress Address)
{
    /// <summary>Where the products are made, ISO 3166-1 alpha-2 (<c>CountryOfOrigin</c>), for example <c>DE</c>; optional.</summary>
    public string? CountryOfOrigin { get; init; }

    /// <summary>Identifier of the production site (<c>UniqueFacilityIdentifier</c>); optional.</summary>
    public string? FacilityId { get; init; }
}
