using Microfactory.Design.Expressions;
using Microfactory.Design.Tests.TestSupport;
using Microfactory.Design.Units;

namespace Microfactory.Design.Tests.Expressions;

public sealed class EvaluationTests
{
    private static readonly (string, StaticType, Value) Sheet = ("sheet", StaticType.Text(["mat_steel_dc01_1_5", "mat_al5052_2_0"]), Value.Of("mat_al5052_2_0"));

    [Theory]
    [InlineData("7 + 5", 12)]
    [InlineData("7 - 5", 2)]
    [InlineData("7 * 5", 35)]
    [InlineData("7 / 2", 3.5)]
    [InlineData("2 ^ 10", 1024)]
    [InlineData("2 ^ -1", 0.5)]
    [InlineData("-7", -7)]
    [InlineData("min(3, 1, 2)", 1)]
    [InlineData("max(3, 1, 2)", 3)]
    [InlineData("round(2.5)", 3)]
    [InlineData("round(-2.5)", -3)]
    [InlineData("ceil(2.1)", 3)]
    [InlineData("floor(2.9)", 2)]
    [InlineData("sqrt(16)", 4)]
    [InlineData("abs(-4)", 4)]
    [InlineData("sin(90 deg)", 1)]
    [InlineData("cos(0 deg)", 1)]
    [InlineData("tan(45 deg)", 1)]
    [InlineData("pi", Math.PI)]
    [InlineData("50 %", 0.5)]
    public void Evaluate_PlainOperators_GiveExpectedValue(string text, double expected)
    {
        Assert.Equal(expected, ExpressionHarness.Number(text), 12);
    }

    [Theory]
    [InlineData("1 m + 5 mm", 1.005)]
    [InlineData("1 min + 30 s", 90)]
    [InlineData("1 h", 3600)]
    [InlineData("2 kWh", 7.2e6)]
    [InlineData("1 kW * 1 h", 3.6e6)]
    [InlineData("(10 cm) ^ 2", 0.01)]
    [InlineData("1 m3 / 1 l", 1000)]
    [InlineData("round(1234 mm, 10 mm)", 1.23)]
    [InlineData("ceil(1231 mm, 10 mm)", 1.24)]
    [InlineData("floor(1239 mm, 10 mm)", 1.23)]
    [InlineData("sqrt(9 m2)", 3)]
    [InlineData("abs(-3 kg)", 3)]
    [InlineData("min(1 m, 900 mm)", 0.9)]
    [InlineData("max(1 m, 900 mm)", 1)]
    [InlineData("1 kgCO2e + 500 gCO2e", 1.5)]
    [InlineData("10 HKD / 1 kg * 2 kg", 20)]
    public void Evaluate_Quantities_ConvertUnits(string text, double expectedSi)
    {
        Assert.Equal(expectedSi, ExpressionHarness.Number(text), 9);
    }

    [Theory]
    [InlineData("1 < 2", true)]
    [InlineData("2 < 2", false)]
    [InlineData("2 <= 2", true)]
    [InlineData("3 > 2", true)]
    [InlineData("2 >= 3", false)]
    [InlineData("0.1 m == 100 mm", true)]
    [InlineData("1 m != 1000 mm", false)]
    [InlineData("true and false", false)]
    [InlineData("true or false", true)]
    [InlineData("not false", true)]
    [InlineData("'a' == 'a'", true)]
    [InlineData("'a' != 'b'", true)]
    [InlineData("true == false", false)]
    [InlineData("false and 1 / 0 > 0", false)]
    [InlineData("true or 1 / 0 > 0", true)]
    [InlineData("not 1 < 2 and true", false)]
    [InlineData("7 < 1 / 0", true)]
    [InlineData("1 / 0 > 1e300", true)]
    [InlineData("1 / 0 == 1 / 0", true)]
    public void Evaluate_ComparisonsAndLogic_GiveExpectedTruth(string text, bool expected)
    {
        Assert.Equal(expected ? 1 : 0, ExpressionHarness.Number(text));
    }

    [Fact]
    public void Evaluate_ComparisonAfterUnitConversion_ToleratesRounding()
    {
        Assert.Equal(1, ExpressionHarness.Number("0.3 m <= 300 mm"));
        Assert.Equal(0, ExpressionHarness.Number("0.3 m < 300 mm"));
    }

    [Theory]
    [InlineData("density(sheet)", 2680)]
    [InlineData("thickness(sheet)", 0.002)]
    [InlineData("price(sheet)", 38)]
    [InlineData("co2(sheet)", 13.1)]
    [InlineData("density('mat_steel_dc01_1_5')", 7850)]
    [InlineData("price('mat_plywood_birch_6')", 95)]
    public void Evaluate_MaterialProperties_ReadFromCatalogue(string text, double expected)
    {
        Assert.Equal(expected, ExpressionHarness.Number(text, Sheet), 9);
    }

    [Fact]
    public void Evaluate_DivisionByZero_IsNotFinite()
    {
        Assert.False(double.IsFinite(ExpressionHarness.Number("1 / 0")));
        Assert.True(double.IsNaN(ExpressionHarness.Number("sqrt(-1)")));
    }

    [Fact]
    public void Evaluate_TextConditional_ReturnsText()
    {
        var (_, text, type, _) = ExpressionHarness.Run("if 1 > 2 then 'a' else 'b'");

        Assert.Equal("b", text);
        Assert.Equal(ValueKind.Text, type!.Kind);
    }
}
