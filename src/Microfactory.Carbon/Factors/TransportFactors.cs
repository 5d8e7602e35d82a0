using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Factors;

/// <summary>The shipped freight factor table. A caller with better data (for example a carrier's ISO 14083 figures) passes its own.</summary>
public static class TransportFactors
{
    /// <summary>The publication every shipped factor is taken from.</summary>
    public const string Defra2024 = "UK Government GHG Conversion Factors for Company Reporting 2024 (DESNZ/DEFRA), sheet 'Freighting goods', kg CO2e per tonne.km";

    /// <summary>
    /// One factor per mode from <see cref="Defra2024"/>: van = 'Vans, Average (up to 3.5 tonnes), Diesel'; truck = 'HGV (all diesel), All HGVs, Average laden';
    /// rail = 'Freight train'; container ship = 'Cargo ship, Container ship, Average'; air = 'Freight flights, International, to/from non-UK, with RF'.
    /// </summary>
    /// <remarks>
    /// The values were typed in from that table and have not been checked against the published spreadsheet by
    /// a test. Check them (or pass your own table) before reporting externally.
    /// </remarks>
    public static IReadOnlyList<TransportFactor> Default { get; } =
    [
        new(TransportMode.Van, 0.60066m, $"{Defra2024}: Vans, Average (up to 3.5 tonnes), Diesel"),
        new(TransportMode.Truck, 0.10650m, $"{Defra2024}: HGV (all diesel), All HGVs, Average laden"),
        new(TransportMode.Rail, 0.02779m, $"{Defra2024}: Freight train"),
        new(TransportMode.ContainerShip, 0.01614m, $"{Defra2024}: Cargo ship, Container ship, Average"),
        new(TransportMode.Air, 1.12826m, $"{Defra2024}: Freight flights, International, to/from non-UK, with RF"),
    ];
}
