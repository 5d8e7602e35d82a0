namespace Microfactory.Passport.Content;

/// <summary>The four address fields the Digital Nameplate 3.0 makes mandatory inside <c>AddressInformation</c>.</summary>
/// <param name="Street">Street and house number.</param>
/// <param name="Zipcode">Postal code.</param>
/// <param name="CityTown">City or town.</param>
/// <param name="NationalCode">Country, ISO 3166-1 alpha-2, for example <c>DE</c>.</param>
public sealed record PostalAddress(string Street, string Zipcode, string CityTown, string NationalCode);
