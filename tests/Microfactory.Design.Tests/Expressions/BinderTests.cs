using Microfactory.Design.Expressions;
using Microfactory.Design.Tests.TestSupport;
using Microfactory.Design.Units;

namespace Microfactory.Design.Tests.Expressions;

public sealed class BinderTests
{
    private static readonly (string, StaticType, Value) Width = ("width", StaticType.Number(Dimension.LengthDim), new Value(0.2));
    private static readonly (string, StaticType, Value) Sheet = ("sheet", StaticType.Text(["mat_steel_dc01_1_5", "mat_al5052_2_0"]), Value.Of("mat_al5052_2_0"));
    private static readonly (string, StaticType, Value) Mixed = ("mixed", StaticType.Text(["mat_steel_dc01_1_5", "mat_plywood_birch_6"]), Value.Of("mat_plywood_birch_6"));
    private static readonly (string, StaticType, Value) Coated = ("coated", StaticType.Boolean, Value.True);
    private static readonly (string, StaticType, Value) Label = ("label", StaticType.FreeText, Value.Of("Kitchen"));

    [Theory]
    [InlineData("1 mm + 1 kg", "cannot add a length and a mass")]
    [InlineData("1 m - 2 s", "cannot subtract a length and a time")]
    [InlineData("1 m > 2 kg", "cannot compare a length with a mass")]
    [InlineData("1 m == 1", "cannot compare a length with a plain number")]
    [InlineData("true + 1", "'+' needs a number")]
    [InlineData("1 and true", "'and' needs a true/false value")]
    [InlineData("not 3", "'not' needs a true/false value")]
    [InlineData("-true", "'-' needs a number")]
    [InlineData("if 1 then 2 else 3", "'if' needs a true/false value")]
    [InlineData("if true then 1 mm else 1 kg", "same type and unit")]
    [InlineData("'a' == 1", "cannot compare a text with a plain number")]
    [InlineData("2 ^ (1 m)", "exponent must be a plain number")]
    [InlineData("(2 m) ^ 0.5", "whole constant")]
    [InlineData("sqrt(2 m)", "square root of a length has no unit")]
    [InlineData("round(12 mm)", "needs a step with the same unit")]
    [InlineData("round(12 mm, 1 kg)", "step of round must have the unit")]
    [InlineData("max(1 m, 2 kg)", "same unit")]
    [InlineData("min()", "at least one argument")]
    [InlineData("abs(1, 2)", "exactly one argument")]
    [InlineData("sin(1 m)", "angle")]
    [InlineData("frobnicate(1)", "unknown function 'frobnicate'")]
    [InlineData("nosuchname + 1", "unknown name 'nosuchname'")]
    [InlineData("density('mat_unobtainium')", "unknown material 'mat_unobtainium'")]
    [InlineData("density('mat_screw_m4_a2')", "has no density")]
    [InlineData("thickness('mat_pla_filament')", "has no thickness")]
    [InlineData("density(1 m)", "needs a material id")]
    [InlineData("density(label)", "needs a material id")]
    [InlineData("price(mixed)", "different units")]
    public void Bind_TypeOrUnitMismatch_IsRefusedWithReason(string text, string fragment)
    {
        var error = ExpressionHarness.Error(text, Width, Sheet, Mixed, Coated, Label);

        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnitError_PositionIsTheOperator()
    {
        var error = ExpressionHarness.Error("width + 2 kg", Width);

        Assert.Equal(new SourcePosition(1, 7), error.Position);
    }

    [Theory]
    [InlineData("width * width", 2, 0, 0)]
    [InlineData("width ^ 3", 3, 0, 0)]
    [InlineData("width / 2 s", 1, 0, -1)]
    [InlineData("sqrt(width * 4 m)", 1, 0, 0)]
    [InlineData("width / 1 mm", 0, 0, 0)]
    [InlineData("density(sheet) * width ^ 3", 0, 1, 0)]
    public void Bind_Arithmetic_DerivesDimension(string text, int length, int mass, int time)
    {
        var (_, _, type, error) = ExpressionHarness.Run(text, Width, Sheet);

        Assert.Null(error);
        Assert.Equal(new Dimension((sbyte)length, (sbyte)mass, (sbyte)time, 0, 0), type!.Dimension);
    }

    [Fact]
    public void Bind_MaterialPrice_DimensionIsMoneyPerMaterialUnit()
    {
        var (_, _, type, _) = ExpressionHarness.Run("price(sheet)", Sheet);

        Assert.Equal(Dimension.MoneyDim / Dimension.MassDim, type!.Dimension);
    }

    [Fact]
    public void Bind_ConditionalOverTexts_UnionsPossibleValues()
    {
        var (_, _, type, _) = ExpressionHarness.Run("if coated then 'mat_ss304_1_2' else sheet", Coated, Sheet);

        Assert.Equal(["mat_ss304_1_2", "mat_steel_dc01_1_5", "mat_al5052_2_0"], type!.TextValues);
    }

    [Fact]
    public void Bind_Names_ReportsNamesRead()
    {
        var (tree, _) = Parser.Parse("width + thickness(sheet) + pi * 1 mm");
        var scope = new Dictionary<string, (int, StaticType)> { ["width"] = (0, Width.Item2), ["sheet"] = (1, Sheet.Item2), ["unused"] = (2, Coated.Item2) };

        var bound = Binder.Bind(tree!, scope, DemoMaterials.Catalog);

        Assert.Equal(["sheet", "width"], bound.Names);
    }
}
