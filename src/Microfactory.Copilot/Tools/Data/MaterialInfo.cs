namespace Microfactory.Copilot.Tools.Data;

/// <summary>A material of the factory.</summary>
/// <param name="Id">The material id (<c>mat_…</c>).</param>
/// <param name="Name">Its name.</param>
/// <param name="Unit">The unit it is bought in (kg, m², piece).</param>
/// <param name="KgCo2ePerUnit">The footprint factor the engine uses.</param>
/// <param name="SupplierName">Its supplier.</param>
/// <param name="PrimaryData">Whether the factor is the supplier's own PACT data.</param>
/// <param name="Link">Its page.</param>
public sealed record MaterialInfo(string Id, string Name, string Unit, decimal KgCo2ePerUnit, string SupplierName, bool PrimaryData, string Link)
{
    /// <summary>The material as a citation.</summary>
    public Citation Cite() => new("material", Id, Name, Link);
}
