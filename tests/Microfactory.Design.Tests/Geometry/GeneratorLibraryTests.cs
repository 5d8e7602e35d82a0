using Microfactory.Design.Geometry;

namespace Microfactory.Design.Tests.Geometry;

public sealed class GeneratorLibraryTests
{
    [Fact]
    public void All_BuiltInGenerators_ListedByNameWithKinds()
    {
        Assert.Equal(
            [("finger_joint_box", GeneratorKind.Flat), ("phone_stand", GeneratorKind.Solid), ("sheet_metal_tray", GeneratorKind.Flat)],
            GeneratorLibrary.All.Select(g => (g.Name, g.Kind)));
    }

    [Fact]
    public void All_Arguments_HaveKnownQuantitiesAndUniqueNames()
    {
        Assert.All(GeneratorLibrary.All, g =>
        {
            Assert.Equal(g.Arguments.Count, g.Arguments.Select(a => a.Name).Distinct().Count());
            Assert.All(g.Arguments, a => Assert.Contains(a.Quantity, new[] { "length", "angle", "number", "text" }));
            Assert.All(g.Arguments, a => Assert.False(string.IsNullOrWhiteSpace(a.Help)));
        });
    }

    [Fact]
    public void Find_UnknownName_ReturnsNull()
    {
        Assert.Null(GeneratorLibrary.Find("teapot"));
        Assert.NotNull(GeneratorLibrary.Find("phone_stand"));
    }
}
