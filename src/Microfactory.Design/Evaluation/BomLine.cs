namespace Microfactory.Design.Evaluation;

/// <summary>One resolved bill-of-materials line.</summary>
/// <param name="MaterialId">Catalogue id.</param>
/// <param name="MaterialName">Catalogue name.</param>
/// <param name="Quantity">Quantity in <paramref name="Unit"/>, rounded to 6 decimals.</param>
/// <param name="Unit">kg, m2, m or piece: the material's unit.</param>
/// <param name="UnitPriceHkd">Catalogue price per unit, HKD.</param>
/// <param name="LineCostHkd">Quantity × unit price, rounded to cents, HKD.</param>
/// <param name="KgCo2e">Quantity × emission factor, kg CO2e.</param>
/// <param name="MassKg">Mass this line adds to the product: the quantity for kg, area × thickness × density for m2, 0 for pieces, null when unknown.</param>
/// <param name="Note">The template's note for the line.</param>
public sealed record BomLine(string MaterialId, string MaterialName, double Quantity, string Unit, decimal UnitPriceHkd, decimal LineCostHkd, double KgCo2e, double? MassKg, string Note);
