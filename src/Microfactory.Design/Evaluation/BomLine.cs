namespace Microfactory.Design.Evaluation;

/// <summary>One resolved bill-of-materials line. Money is in the design's <see cref="Design.Currency"/>.</summary>
/// <param name="MaterialId">Catalogue id.</param>
/// <param name="MaterialName">Catalogue name.</param>
/// <param name="Quantity">Quantity in <paramref name="Unit"/>, rounded to 6 decimals.</param>
/// <param name="Unit">The material's unit as a code: kg, m2, m or piece (<see cref="DisplayText.Quantity"/> writes it for people: "2 pieces", "0.5 m²").</param>
/// <param name="UnitPrice">Catalogue price per unit.</param>
/// <param name="LineCost">Quantity × unit price, rounded to cents.</param>
/// <param name="KgCo2e">Quantity × emission factor, kg CO2e.</param>
/// <param name="MassKg">Mass this line adds to the product: the quantity for kg, area × thickness × density for m2, 0 for pieces, null when unknown.</param>
/// <param name="Note">The template's note for the line.</param>
public sealed record BomLine(string MaterialId, string MaterialName, double Quantity, string Unit, decimal UnitPrice, decimal LineCost, double KgCo2e, double? MassKg, string Note);
