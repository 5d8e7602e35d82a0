using Microfactory.Core.Materials;
using Microfactory.Design.Materials;
using CoreUnit = Microfactory.Core.Materials.MaterialUnit;
using DesignUnit = Microfactory.Design.Materials.MaterialUnit;

namespace Microfactory.Server.Features.Templates;

/// <summary>What the design library may know of the platform's materials: the seam between Core's material model and Design's.</summary>
internal static class DesignMaterials
{
    /// <summary>ISO 4217 "no currency": prices of a platform without a factory are in no known currency.</summary>
    public const string NoCurrency = "XXX";

    /// <summary>
    /// The currency material prices are in. Core's materials carry no currency of their own: their prices
    /// are in the factory currency, so this is the currency the platform's factories use (the most common
    /// one, by code on a tie, should they differ), or <see cref="NoCurrency"/> without a factory.
    /// </summary>
    public static string PriceCurrency(IEnumerable<string> factoryCurrencies) =>
        factoryCurrencies.GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? NoCurrency;

    public static MaterialProperties ToDesign(this Material material, string currency) =>
        new(material.Id, material.Name, material.Unit switch
            {
                CoreUnit.Kilogram => DesignUnit.Kilogram,
                CoreUnit.SquareMetre => DesignUnit.SquareMetre,
                CoreUnit.Metre => DesignUnit.Metre,
                CoreUnit.Piece => DesignUnit.Piece,
                _ => throw new ArgumentOutOfRangeException(nameof(material), material.Unit, "Unknown material unit."),
            },
            material.PricePerUnit, currency, material.KgCo2ePerUnit, material.DensityKgPerM3, material.ThicknessMm);

    public static InMemoryMaterialCatalog ToCatalog(IEnumerable<Material> materials, string currency) => new(materials.Select(m => m.ToDesign(currency)));
}
