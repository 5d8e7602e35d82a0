namespace Microfactory.Core.Materials;

/// <summary>
/// A material as bought from a supplier. Price is per <see cref="Unit"/> in the factory currency;
/// <see cref="KgCo2ePerUnit"/> is the cradle-to-gate emission factor per unit with the
/// <see cref="EmissionFactorSource"/> it was taken from (secondary data until a supplier sends its
/// own footprint); <see cref="RecycledContentPercent"/> is 0–100. Density (kg/m³) and sheet
/// thickness (mm) are known for sheet, panel and filament materials and null otherwise.
/// <see cref="CnCode"/> is the 8-digit EU Combined Nomenclature code the material is classified under when it is
/// known (it decides, for example, whether the material is a good covered by CBAM), else null.
/// </summary>
public sealed record Material(
    string Id,
    string Name,
    MaterialUnit Unit,
    decimal PricePerUnit,
    string SupplierId,
    double KgCo2ePerUnit,
    string EmissionFactorSource,
    double RecycledContentPercent,
    Recyclability Recyclability,
    double? DensityKgPerM3,
    double? ThicknessMm,
    string? CnCode = null);
