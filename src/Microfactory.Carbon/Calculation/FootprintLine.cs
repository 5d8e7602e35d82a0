using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Calculation;

/// <summary>One line of a footprint's breakdown: <see cref="Quantity"/> × <see cref="Factor"/> = <see cref="KgCo2e"/>.</summary>
/// <param name="Category">The stage the line belongs to.</param>
/// <param name="Item">The material, operation or transported item.</param>
/// <param name="Quantity">Activity quantity in <paramref name="QuantityUnit"/> (kWh for energy, tonne-km for transport).</param>
/// <param name="QuantityUnit">Unit of the quantity, such as <c>kilogram</c>, <c>kWh</c>, <c>tonne-km</c>.</param>
/// <param name="Factor">kg CO2e per quantity unit (for energy, the kWh-weighted intensity of the hours run).</param>
/// <param name="FactorSource">Where the factor comes from: supplier and footprint id, database, grid source or freight table.</param>
/// <param name="DataType">Primary (supplier PCF, metered energy) or secondary.</param>
/// <param name="PrimaryDataSharePercent">Share of the line's emissions from primary data, 0 to 100 (a supplier PCF's own share).</param>
/// <param name="DataQuality">The supplier's data quality ratings, when the line uses a supplier footprint that has them.</param>
/// <param name="KgCo2e">Emissions of the line in kg CO2e, excluding biogenic uptake, for all units, to <see cref="FootprintCalculator.Decimals"/> places.</param>
/// <param name="FossilKgCo2e">The fossil part in kg CO2e, when the data has it.</param>
/// <param name="BiogenicKgCo2e">The biogenic part in kg CO2e, when the data has it.</param>
/// <param name="BiogenicCarbonKg">Biogenic carbon content in kg C, when the data has it.</param>
public sealed record FootprintLine(
    LineCategory Category,
    string Item,
    decimal Quantity,
    string QuantityUnit,
    decimal Factor,
    string FactorSource,
    DataType DataType,
    decimal PrimaryDataSharePercent,
    DataQuality? DataQuality,
    decimal KgCo2e,
    decimal? FossilKgCo2e,
    decimal? BiogenicKgCo2e,
    decimal? BiogenicCarbonKg = null);
