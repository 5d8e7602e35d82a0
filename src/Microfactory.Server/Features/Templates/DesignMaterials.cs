using Microfactory.Core.Materials;
using Microfactory.Design.Materials;
using CoreUnit = Microfactory.Core.Materials.MaterialUnit;
using DesignUnit = Microfactory.Design.Materials.MaterialUnit;

namespace Microfactory.Server.Features.Templates;

/// <summary>What the design library may know of the platform's materials: the seam between Core's material model and Design's.</summary>
internal static class DesignMaterials
{
    public static MaterialProperties ToDesign(this Material material) =>
        new(material.Id, material.Name, material.Unit switch
            {
                CoreUnit.Kilogram => DesignUnit.Kilogram,
                CoreUnit.SquareMetre => DesignUnit.SquareMetre,
                CoreUnit.Metre => DesignUnit.Metre,
                CoreUnit.Piece => DesignUnit.Piece,
                _ => throw new ArgumentOutOfRangeException(nameof(material), material.Unit, "Unknown material unit."),
            },
            material.PricePerUnit, material.KgCo2ePerUnit, material.DensityKgPerM3, material.ThicknessMm);

    public static InMemoryMaterialCatalog ToCatalog(IEnumerable<Material> materials) => new(materials.Select(ToDesign));
}
