using Microfactory.Design.Evaluation;

namespace Microfactory.Design.Tests.Evaluation;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData(1, "piece", "1 piece")]
    [InlineData(2, "piece", "2 pieces")]
    [InlineData(0.5, "m2", "0.5 m²")]
    [InlineData(1200, "mm", "1,200 mm")]
    [InlineData(0.012345678, "m3", "0.0123 m³")]
    [InlineData(7850, "kg/m3", "7,850 kg/m³")]
    [InlineData(3.2, "kgCO2e", "3.2 kg CO2e")]
    [InlineData(4, "", "4")]
    [InlineData(1e300, "m2", "1E+300 m²")]
    public void Quantity_CodeAndNumber_ReadAsPeopleWriteThem(double quantity, string unit, string expected)
    {
        Assert.Equal(expected, DisplayText.Quantity(quantity, unit));
    }
}
