namespace Microfactory.Carbon.Model;

/// <summary>One leg of inbound transport: mass moved over a distance by a mode.</summary>
/// <param name="Item">What is moved (a material id or a shipment reference); not empty.</param>
/// <param name="MassKg">Mass moved in kg, at least 0 (all units together).</param>
/// <param name="DistanceKm">Distance in km, at least 0.</param>
/// <param name="Mode">The mode, whose factor in kg CO2e per tonne-km comes from the factor table given to the calculation.</param>
public sealed record TransportLeg(string Item, decimal MassKg, decimal DistanceKm, TransportMode Mode);
