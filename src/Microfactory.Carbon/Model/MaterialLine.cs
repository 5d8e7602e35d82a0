namespace Microfactory.Carbon.Model;

/// <summary>A material or part that goes into the product (bill of materials for an estimate, consumption for an actual).</summary>
/// <param name="MaterialId">The material's identifier, matched against supplier footprints and secondary factors (ordinal).</param>
/// <param name="Quantity">Quantity in <paramref name="Unit"/>, at least 0, for all units together.</param>
/// <param name="Unit">Unit of the quantity, a PACT declared unit such as <c>kilogram</c> or <c>piece</c>.</param>
/// <param name="MassKg">Mass of the quantity in kg, at least 0 (reported as product mass per declared unit).</param>
public sealed record MaterialLine(string MaterialId, decimal Quantity, string Unit, decimal MassKg);
