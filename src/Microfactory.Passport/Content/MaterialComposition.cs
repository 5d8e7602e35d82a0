using Microfactory.Passport.Model;
using static Microfactory.Passport.Content.Elements;

namespace Microfactory.Passport.Content;

/// <summary>Our Material Composition submodel (<see cref="PassportSemantics.MaterialComposition"/>): total mass in kg, the
/// mass-weighted recycled and recyclable shares in percent, and one entry per BOM material.</summary>
internal static class MaterialComposition
{
    public const string IdShort = "MaterialComposition";
    private const string S = PassportSemantics.MaterialComposition;
    private static readonly string Material = PassportSemantics.Element(S, "Materials:Material");

    public static Submodel Build(string id, ProductTypePassport type)
    {
        var materials = type.Materials;
        var total = materials.Sum(m => m.MassKg);
        var items = new List<SubmodelElement>(materials.Count);
        foreach (var m in materials)
        {
            var fields = new List<SubmodelElement>(6) { Mlp("MaterialName", Sem("Materials:Material:MaterialName"), type.Language, m.Name) };
            if (m.MaterialId is { } materialId)
            {
                fields.Add(Text("MaterialId", Sem("Materials:Material:MaterialId"), materialId));
            }
            if (m.Category is { } category)
            {
                fields.Add(Text("MaterialCategory", Sem("Materials:Material:MaterialCategory"), category));
            }
            fields.Add(Prop("MassKg", Sem("Materials:Material:MassKg"), DataTypeDefXsd.Decimal, Decimal(m.MassKg)));
            fields.Add(Prop("RecycledContentPercent", Sem("Materials:Material:RecycledContentPercent"), DataTypeDefXsd.Decimal, Decimal(m.RecycledContentPercent)));
            fields.Add(Prop("RecyclablePercent", Sem("Materials:Material:RecyclablePercent"), DataTypeDefXsd.Decimal, Decimal(m.RecyclablePercent)));
            items.Add(Smc(null, Material, fields));
        }
        SubmodelElement[] elements =
        [
            Prop("TotalMassKg", Sem("TotalMassKg"), DataTypeDefXsd.Decimal, Decimal(total)),
            Prop("RecycledContentPercent", Sem("RecycledContentPercent"), DataTypeDefXsd.Decimal, Decimal(Weighted(materials, total, m => m.RecycledContentPercent))),
            Prop("RecyclablePercent", Sem("RecyclablePercent"), DataTypeDefXsd.Decimal, Decimal(Weighted(materials, total, m => m.RecyclablePercent))),
            List("Materials", Sem("Materials"), KeyType.SubmodelElementCollection, items, Material),
        ];
        return new Submodel(id, elements) { IdShort = IdShort, SemanticId = Reference.Global(S) };
    }

    /// <summary>The mass-weighted mean of a percentage, rounded to two decimals; 0 when the product has no mass.</summary>
    internal static decimal Weighted(IReadOnlyList<BomMaterial> materials, decimal totalKg, Func<BomMaterial, decimal> percent) =>
        totalKg == 0 ? 0 : Math.Round(materials.Sum(m => m.MassKg * percent(m)) / totalKg, 2, MidpointRounding.AwayFromZero);

    private static string Sem(string path) => PassportSemantics.Element(S, path);
}
