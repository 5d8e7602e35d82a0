namespace Microfactory.Carbon.Model;

/// <summary>A generic (database or literature) emission factor for a material.</summary>
/// <param name="MaterialId">The material it applies to (ordinal match).</param>
/// <param name="Unit">The unit the factor is per, a PACT declared unit such as <c>kilogram</c>.</param>
/// <param name="KgCo2ePerUnit">kg CO2e per <paramref name="Unit"/>, excluding biogenic uptake; at least 0.</param>
/// <param name="Source">Name and version of the source, for example <c>ecoinvent 3.10 cut-off</c>; not empty.</param>
/// <param name="FossilKgCo2ePerUnit">The fossil part in kg CO2e per unit, when the source gives it; between 0 and the total.</param>
/// <param name="BiogenicKgCo2ePerUnit">The biogenic part in kg CO2e per unit, when the source gives it; between 0 and the total.</param>
/// <param name="BiogenicCarbonKgPerUnit">Biogenic carbon content in kg C per unit, when the source gives it; at least 0.</param>
public sealed record SecondaryFactor(
    string MaterialId,
    string Unit,
    decimal KgCo2ePerUnit,
    string Source,
    decimal? FossilKgCo2ePerUnit = null,
    decimal? BiogenicKgCo2ePerUnit = null,
    decimal? BiogenicCarbonKgPerUnit = null);
