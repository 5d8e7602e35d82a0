namespace Microfactory.Design.Templates;

/// <summary>A bill-of-materials line as declared: which material, how much, and when.</summary>
/// <param name="Material">A material id, or the name of a choice parameter whose options are material ids.</param>
/// <param name="Quantity">Expression whose unit matches the material's unit (mass for kg, area for m2, length for m, plain number for pieces).</param>
/// <param name="Condition">Boolean expression; the line is left out when false. Empty: always.</param>
/// <param name="Note">Free text, e.g. what the material is used for.</param>
public sealed record BomEntry(string Material, string Quantity, string Condition, string Note);
