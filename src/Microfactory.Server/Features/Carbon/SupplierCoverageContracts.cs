namespace Microfactory.Server.Features.Carbon;

/// <summary>
/// A factory's supplier coverage over a window: totals by mass and by spend against the target, then per supplier and per
/// material. Shares are 0..1 and null when nothing was bought (a share of nothing is not 0 %).
/// </summary>
internal sealed record SupplierCoverageResponse(
    string FactoryId,
    DateTimeOffset From,
    DateTimeOffset To,
    DateTimeOffset On,
    int Units,
    string Currency,
    decimal Target,
    CoverageShare ByMass,
    CoverageShare BySpend,
    IReadOnlyList<SupplierCoverageItem> Suppliers,
    IReadOnlyList<MaterialCoverageItem> Materials)
{
    public static SupplierCoverageResponse Of(
        string factoryId, string currency, DateTimeOffset from, DateTimeOffset to, DateTimeOffset on, int units, decimal target,
        IReadOnlyList<CoveredMaterial> materials, IReadOnlyDictionary<string, string> supplierNames)
    {
        var suppliers = materials
            .GroupBy(m => m.SupplierId ?? "", StringComparer.Ordinal)
            .Select(g => new SupplierCoverageItem(
                g.Key.Length == 0 ? null : g.Key,
                g.Key.Length == 0 ? "(material not in the catalogue)" : supplierNames.GetValueOrDefault(g.Key, g.Key),
                CoverageShare.Of(g.Sum(m => m.MassKg), g.Where(m => m.Covered).Sum(m => m.MassKg), target),
                CoverageShare.Of(g.Sum(m => m.Spend), g.Where(m => m.Covered).Sum(m => m.Spend), target),
                g.Count(),
                g.Count(m => m.Covered)))
            .OrderByDescending(s => s.BySpend.Total).ThenBy(s => s.SupplierId, StringComparer.Ordinal)
            .ToList();
        return new(
            factoryId, from, to, on, units, currency, target,
            CoverageShare.Of(materials.Sum(m => m.MassKg), materials.Where(m => m.Covered).Sum(m => m.MassKg), target),
            CoverageShare.Of(materials.Sum(m => m.Spend), materials.Where(m => m.Covered).Sum(m => m.Spend), target),
            suppliers,
            [.. materials.Select(m => new MaterialCoverageItem(m.MaterialId, m.Name, m.SupplierId, m.Quantity, m.Unit, m.MassKg, m.Spend, m.Covered, m.Source))]);
    }
}

/// <summary>A total (kg or money), the part of it covered by supplier-specific footprints, the share and whether it meets the target.</summary>
internal sealed record CoverageShare(decimal Total, decimal Covered, decimal? Share, bool MeetsTarget)
{
    public static CoverageShare Of(decimal total, decimal covered, decimal target)
    {
        var share = total > 0 ? Math.Round(covered / total, 4) : (decimal?)null;
        return new(total, covered, share, share >= target);
    }
}

/// <summary>One supplier's part of the supply (<see cref="SupplierId"/> null for materials the catalogue no longer has).</summary>
internal sealed record SupplierCoverageItem(string? SupplierId, string Name, CoverageShare ByMass, CoverageShare BySpend, int Materials, int CoveredMaterials);

/// <summary>
/// One material: quantity in its catalogue unit, mass in kg, spend in the factory's currency, whether a supplier footprint
/// covers it and the source the engine takes (the supplier footprint, or the secondary factor's database).
/// </summary>
internal sealed record MaterialCoverageItem(
    string MaterialId, string Name, string? SupplierId, decimal Quantity, string Unit, decimal MassKg, decimal Spend, bool Covered, string? Source);
