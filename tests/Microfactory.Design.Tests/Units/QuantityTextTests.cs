using Microfactory.Design.Units;

namespace Microfactory.Design.Tests.Units;

public sealed class QuantityTextTests
{
    private static readonly Unit Millimetre = UnitTable.Parse("mm")!;

    [Theory]
    [InlineData("120", 0.12)]
    [InlineData("120 mm", 0.12)]
    [InlineData("0.12m", 0.12)]
    [InlineData("-5", -0.005)]
    [InlineData("+5 cm", 0.05)]
    [InlineData("1e2", 0.1)]
    public void TryParse_LengthAsTyped_ValueInMetres(string text, double expected)
    {
        Assert.True(QuantityText.TryParse(text, Millimetre, out var si, out var error), error);
        Assert.Equal(expected, si, 12);
    }

    [Theory]
    [InlineData("12 kg", "wrong unit")]
    [InlineData("twelve", "not a number")]
    [InlineData("1,5", "not a number")]
    [InlineData("1 + 2", "not a number")]
    [InlineData("", "not a number")]
    public void TryParse_NotALength_ErrorSaysWhy(string text, string fragment)
    {
        Assert.False(QuantityText.TryParse(text, Millimetre, out _, out var error));
        Assert.Contains(fragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CompoundUnit_DividesFactorsAndDimensions()
    {
        var unit = UnitTable.Parse("kg/m3")!;

        Assert.Equal(Dimension.Density, unit.Dimension);
        Assert.Null(UnitTable.Parse("kg/parsec"));
    }

    [Fact]
    public void DefaultDisplay_KnownDimensions_UseWorkshopUnits()
    {
        Assert.Equal("mm", UnitTable.DefaultDisplay(Dimension.LengthDim).Symbol);
        Assert.Equal("m2", UnitTable.DefaultDisplay(Dimension.Area).Symbol);
        Assert.Equal("", UnitTable.DefaultDisplay(Dimension.None).Symbol);
    }
}
