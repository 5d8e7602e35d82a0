using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Factors;

/// <summary>A freight emission factor.</summary>
/// <param name="Mode">The transport mode.</param>
/// <param name="KgCo2ePerTonneKm">kg CO2e per tonne-km, at least 0.</param>
/// <param name="Source">Where the factor comes from (publication, table, row).</param>
public sealed record TransportFactor(TransportMode Mode, decimal KgCo2ePerTonneKm, string Source);
