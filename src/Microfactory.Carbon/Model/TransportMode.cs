namespace Microfactory.Carbon.Model;

/// <summary>Freight transport modes with a shipped factor (see <c>Factors.TransportFactors</c>).</summary>
public enum TransportMode
{
    /// <summary>Diesel van up to 3.5 t, average load.</summary>
    Van,

    /// <summary>Heavy goods vehicle, all diesel, average laden.</summary>
    Truck,

    /// <summary>Freight train.</summary>
    Rail,

    /// <summary>Container ship, average.</summary>
    ContainerShip,

    /// <summary>Air freight, long haul.</summary>
    Air,
}
