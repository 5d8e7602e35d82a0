namespace Microfactory.Server.Features.Passports;

/// <summary>
/// Section <c>Microfactory:Passports</c>: who issues the passports (the domain their AAS ids live under), where the public
/// pages are reached (the QR code's target) and each factory's manufacturer as the Digital Nameplate names it.
/// </summary>
internal sealed class PassportOptions
{
    public const string Section = "Microfactory:Passports";

    /// <summary>The issuer's domain: ids are <c>https://{IssuerDomain}/ids/aas/…</c> and a unit's asset id is <c>https://{IssuerDomain}/p/{serial}</c>.
    /// In production this is the host the public pages are served from.</summary>
    public string IssuerDomain { get; set; } = "microfactory.example";

    /// <summary>The absolute base URL of the public pages (the QR code's target), for example <c>https://passports.example.com</c>;
    /// unset, the request's own scheme and host are used (right behind a configured proxy, see <c>ForwardedHeaders</c>).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The manufacturer of each factory's products, by factory id: an organisation and its postal address.</summary>
    public Dictionary<string, ManufacturerOptions> Manufacturers { get; set; } = [];
}

/// <summary>The legal name and the four address fields the Digital Nameplate makes mandatory.</summary>
internal sealed class ManufacturerOptions
{
    public string Name { get; set; } = "";

    public string Street { get; set; } = "";

    public string Zipcode { get; set; } = "";

    public string CityTown { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2, for example <c>HK</c>; also the country of origin.</summary>
    public string NationalCode { get; set; } = "";
}
