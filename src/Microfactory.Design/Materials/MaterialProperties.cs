namespace Microfactory.Design.Materials;

/// <summary>
/// What a template may know about a material.
/// </summary>
/// <param name="Id">Catalogue id, e.g. <c>mat_steel_dc01_1_5</c>.</param>
/// <param name="Name">Human name.</param>
/// <param name="Unit">Unit of purchase; BOM quantities of this material are expressed in it.</param>
/// <param name="PricePerUnit">Price per <paramref name="Unit"/>, in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code of the price, e.g. <c>HKD</c>.</param>
/// <param name="KgCo2ePerUnit">Cradle-to-gate emission factor in kg CO2e per <paramref name="Unit"/>.</param>
/// <param name="DensityKgPerM3">Density in kg/m³, or null when it does not apply (fasteners).</param>
/// <param name="SheetThicknessMm">Thickness in mm for sheet and panel stock, otherwise null.</param>
public sealed record MaterialProperties(
    string Id,
    string Name,
    MaterialUnit Unit,
    decimal PricePerUnit,
    string Currency,
    double KgCo2ePerUnit,
    double? DensityKgPerM3,
    double? SheetThicknessMm);
