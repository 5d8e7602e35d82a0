namespace Microfactory.Copilot.Tools.Data;

/// <summary>One supplier's part in the supplier coverage.</summary>
/// <param name="SupplierId">The supplier id.</param>
/// <param name="Name">The supplier's name.</param>
/// <param name="ShareByMass">Share of the covered window's material mass bought from it, 0–1.</param>
/// <param name="HasPrimaryData">Whether its footprints come from its own PACT data.</param>
public sealed record SupplierShare(string SupplierId, string Name, decimal ShareByMass, bool HasPrimaryData);
