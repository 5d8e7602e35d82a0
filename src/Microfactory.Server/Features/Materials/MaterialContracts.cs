using Microfactory.Core.Materials;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Materials;

/// <summary>
/// A material as clients send it. <c>unit</c> is one of kg, m2, m, piece; <c>recyclability</c> one of
/// recyclable, limited, notRecyclable; <c>kgCo2ePerUnit</c> needs the <c>emissionFactorSource</c> it comes from;
/// <c>cnCode</c>, when given, is the material's 8-digit EU Combined Nomenclature code (digits only, no spaces).
/// </summary>
[RequiredFields(nameof(Name), nameof(Unit), nameof(PricePerUnit), nameof(SupplierId), nameof(KgCo2ePerUnit), nameof(EmissionFactorSource), nameof(RecycledContentPercent), nameof(Recyclability))]
internal sealed record MaterialInput(
    string? Id,
    string? Name,
    string? Unit,
    decimal? PricePerUnit,
    string? SupplierId,
    double? KgCo2ePerUnit,
    string? EmissionFactorSource,
    double? RecycledContentPercent,
    Recyclability? Recyclability,
    double? DensityKgPerM3,
    double? ThicknessMm,
    string? CnCode = null);

/// <summary>A material on the wire; <c>cnCode</c> is its 8-digit EU Combined Nomenclature code, or null when not classified.</summary>
internal sealed record MaterialResponse(
    string Id,
    string Name,
    string Unit,
    decimal PricePerUnit,
    string SupplierId,
    double KgCo2ePerUnit,
    string EmissionFactorSource,
    double RecycledContentPercent,
    Recyclability Recyclability,
    double? DensityKgPerM3,
    double? ThicknessMm,
    string? CnCode)
{
    public static MaterialResponse From(Material m) =>
        new(m.Id, m.Name, m.Unit.ToSymbol(), m.PricePerUnit, m.SupplierId, m.KgCo2ePerUnit, m.EmissionFactorSource, m.RecycledContentPercent,
            m.Recyclability, m.DensityKgPerM3, m.ThicknessMm, m.CnCode);
}
