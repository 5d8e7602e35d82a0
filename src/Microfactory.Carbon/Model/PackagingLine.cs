namespace Microfactory.Carbon.Model;

/// <summary>A packaging material, resolved like a material (supplier footprint first, then a secondary factor).</summary>
/// <param name="MaterialId">The packaging material's identifier, for example <c>corrugated-board</c>.</param>
/// <param name="Quantity">Quantity in <paramref name="Unit"/>, at least 0, for all units together.</param>
/// <param name="Unit">Unit of the quantity, a PACT declared unit such as <c>kilogram</c>.</param>
public sealed record PackagingLine(string MaterialId, decimal Quantity, string Unit);
