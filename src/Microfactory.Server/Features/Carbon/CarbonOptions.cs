using Microfactory.Carbon.Model;

namespace Microfactory.Server.Features.Carbon;

/// <summary>
/// What the footprints need beyond the catalogue (section <c>Microfactory:Carbon</c>): which materials are packaging,
/// how materials travel from each supplier, the freight factors with their sources, and how long a footprint is valid.
/// </summary>
internal sealed class CarbonOptions
{
    public const string Section = "Microfactory:Carbon";

    /// <summary>Issuer domain of the product URNs (<c>urn:pact:{domain}:product-id:…</c>).</summary>
    public string IssuerDomain { get; set; } = "microfactory.example";

    /// <summary>Each factory's ISO 3166-1 alpha-2 country (PACT <c>geographyCountry</c>), by factory id.</summary>
    public Dictionary<string, string> FactoryCountries { get; set; } = [];

    /// <summary>Materials that pack the product rather than go into it (their lines are the footprint's packaging).</summary>
    public List<string> PackagingMaterials { get; set; } = [];

    /// <summary>The inbound leg from each supplier to the factory.</summary>
    public List<InboundLegOptions> InboundLegs { get; set; } = [];

    /// <summary>Freight factors per mode, each with the source it comes from.</summary>
    public List<TransportFactorOptions> TransportFactors { get; set; } = [];

    /// <summary>How long a published footprint is valid from its creation (PACT validity period), in days.</summary>
    public int ValidityDays { get; set; } = 365;

    /// <summary>How often the recorder looks for completed units without an actual footprint (it is also woken by each completion).</summary>
    public TimeSpan RecorderInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>A supplier's deliveries travel <see cref="DistanceKm"/> by <see cref="Mode"/>.</summary>
internal sealed class InboundLegOptions
{
    public string SupplierId { get; set; } = "";

    public decimal DistanceKm { get; set; }

    public TransportMode Mode { get; set; } = TransportMode.Truck;
}

/// <summary>kg CO2e per tonne-km for a mode, and the published table it comes from.</summary>
internal sealed class TransportFactorOptions
{
    public TransportMode Mode { get; set; }

    public decimal KgCo2ePerTonneKm { get; set; }

    public string Source { get; set; } = "";
}
