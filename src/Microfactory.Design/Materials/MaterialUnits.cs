using Microfactory.Design.Units;

namespace Microfactory.Design.Materials;

/// <summary>Maps a material's purchase unit onto the expression language's units.</summary>
internal static class MaterialUnits
{
    public static Unit ToUnit(this MaterialUnit unit) => unit switch
    {
        MaterialUnit.Kilogram => UnitTable.Parse("kg")!,
        MaterialUnit.SquareMetre => UnitTable.Parse("m2")!,
        MaterialUnit.Metre => UnitTable.Parse("m")!,
        _ => UnitTable.Parse("pcs")!,
    };

    /// <summary>The symbol written in BOM lines and design.json: kg, m2, m or piece.</summary>
    public static string Symbol(this MaterialUnit unit) => unit switch
    {
        MaterialUnit.Kilogram => "kg",
        MaterialUnit.SquareMetre => "m2",
        MaterialUnit.Metre => "m",
        _ => "piece",
    };
}
