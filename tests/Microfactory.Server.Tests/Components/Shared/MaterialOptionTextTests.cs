using Microfactory.Core.Demo;
using Microfactory.Design.Materials;
using Microfactory.Server.Components.Shared;
using Microfactory.Server.Features.Templates;

namespace Microfactory.Server.Tests.Components.Shared;

public sealed class MaterialOptionTextTests
{
    private static readonly InMemoryMaterialCatalog Demo = DesignMaterials.ToCatalog(KwunTongDemo.Materials, "HKD");

    [Fact]
    public void For_SteelSheets_LeadsWithGradeAndEndsWithThickness()
    {
        var texts = MaterialOptionText.For(["mat_steel_dc01_1_5", "mat_steel_dc01_2_0", "mat_galv_dx51_1_0"], Demo);

        Assert.Equal("Cold-rolled DC01 · 1.5 mm", texts["mat_steel_dc01_1_5"]);
        Assert.Equal("Cold-rolled DC01 · 2.0 mm", texts["mat_steel_dc01_2_0"]);
        Assert.Equal("Galvanised DX51D Z275 · 1.0 mm", texts["mat_galv_dx51_1_0"]);
    }

    [Fact]
    public void For_MixedMetals_LeavesOutOnlyTheWordsAllShare()
    {
        var texts = MaterialOptionText.For(["mat_steel_dc01_1_5", "mat_galv_dx51_1_0", "mat_ss304_1_2", "mat_al5052_2_0"], Demo);

        Assert.Equal("Cold-rolled steel DC01 · 1.5 mm", texts["mat_steel_dc01_1_5"]);
        Assert.Equal("Stainless steel 304 · 1.2 mm", texts["mat_ss304_1_2"]);
        Assert.Equal("Aluminium 5052-H32 · 2.0 mm", texts["mat_al5052_2_0"]);
    }

    [Fact]
    public void For_WholeMillimetreBoards_WritesNoDecimals()
    {
        var texts = MaterialOptionText.For(["mat_plywood_birch_6", "mat_plywood_birch_9", "mat_mdf_6"], Demo);

        Assert.Equal(["Birch plywood B/BB · 6 mm", "Birch plywood B/BB · 9 mm", "MDF · 6 mm"], texts.Values);
    }

    [Fact]
    public void For_MaterialsWithoutThickness_KeepTheirNames()
    {
        var texts = MaterialOptionText.For(["mat_pla_filament", "mat_petg_filament"], Demo);

        Assert.Equal("PLA filament 1.75 mm", texts["mat_pla_filament"]);
        Assert.Equal("PETG filament 1.75 mm, 30 % recycled", texts["mat_petg_filament"]);
    }

    [Fact]
    public void For_OptionsThatAreNoMaterial_KeepTheirText()
    {
        var texts = MaterialOptionText.For(["RAL 9005 jet black", "RAL 9016 traffic white"], Demo);

        Assert.Equal("RAL 9005 jet black", texts["RAL 9005 jet black"]);
        Assert.Equal("RAL 9016 traffic white", texts["RAL 9016 traffic white"]);
    }

    [Fact]
    public void For_TwoMaterialsThatWouldReadAlike_ShowTheirFullNames()
    {
        var catalog = new InMemoryMaterialCatalog(
        [
            new MaterialProperties("mat_a", "Steel sheet DC01, 1.5 mm", MaterialUnit.Kilogram, 10m, "HKD", 2.3, 7850, 1.5),
            new MaterialProperties("mat_b", "Steel sheet DC01 1.5 mm", MaterialUnit.Kilogram, 11m, "HKD", 2.3, 7850, 1.5),
        ]);

        var texts = MaterialOptionText.For(["mat_a", "mat_b"], catalog);

        Assert.Equal("Steel sheet DC01, 1.5 mm", texts["mat_a"]);
        Assert.Equal("Steel sheet DC01 1.5 mm", texts["mat_b"]);
    }
}
