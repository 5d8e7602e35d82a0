namespace Microfactory.Copilot.Tools.Data;

/// <summary>How much of the material bought is covered by suppliers' own footprint data.</summary>
/// <param name="From">Start of the window.</param>
/// <param name="To">End of the window.</param>
/// <param name="ShareByMass">Covered share by mass, 0–1.</param>
/// <param name="ShareBySpend">Covered share by spend, 0–1.</param>
/// <param name="Target">The target share (0.8).</param>
/// <param name="Suppliers">Per supplier.</param>
/// <param name="Link">The carbon page.</param>
public sealed record SupplierCoverage(
    DateTimeOffset From, DateTimeOffset To, decimal ShareByMass, decimal ShareBySpend, decimal Target, IReadOnlyList<SupplierShare> Suppliers, string Link)
{
    /// <summary>The coverage as a citation.</summary>
    public Citation Cite() => new("supplier-coverage", "coverage", "Supplier coverage", Link);
}
