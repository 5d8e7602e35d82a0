namespace Microfactory.Design.Templates;

/// <summary>What the product passport says about taking the product apart and about its materials.</summary>
/// <param name="Disassembly">Ordered disassembly steps.</param>
/// <param name="Materials">Material notes (what it is made of, coatings, markings).</param>
/// <param name="Circularity">Repair, reuse and recycling notes.</param>
public sealed record PassportNotes(IReadOnlyList<string> Disassembly, string Materials, string Circularity);
