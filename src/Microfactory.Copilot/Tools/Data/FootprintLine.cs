namespace Microfactory.Copilot.Tools.Data;

/// <summary>One line of a product footprint.</summary>
/// <param name="Stage">materials, process, transport or packaging.</param>
/// <param name="Item">What the line is (a material, a machine's energy, a transport leg).</param>
/// <param name="SupplierName">The supplier whose data or material it is, when there is one.</param>
/// <param name="KgCo2e">The line's emissions per piece.</param>
/// <param name="PrimaryData">Whether the factor is the supplier's own (PACT) data.</param>
public sealed record FootprintLine(string Stage, string Item, string? SupplierName, decimal KgCo2e, bool PrimaryData);
