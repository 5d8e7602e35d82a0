using Microfactory.Design.Expressions;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Expressions;

public sealed class ParserTests
{
    [Theory]
    [InlineData("2 + 3 * 4", 14)]
    [InlineData("(2 + 3) * 4", 20)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("12 / 4 / 3", 1)]
    [InlineData("2 ^ 3 ^ 2", 512)]
    [InlineData("-2 ^ 2", -4)]
    [InlineData("(-2) ^ 2", 4)]
    [InlineData("--3", 3)]
    [InlineData("2 * -3", -6)]
    [InlineData("1 + 2 * 3 ^ 2 / 9 - 1", 2)]
    [InlineData("if 1 < 2 then 10 else 20", 10)]
    [InlineData("if 1 > 2 then 10 else if 2 > 1 then 30 else 40", 30)]
    [InlineData("1 + if true then 1 else 2", 2)]
    public void Parse_Precedence_EvaluatesAsWritten(string text, double expected)
    {
        Assert.Equal(expected, ExpressionHarness.Number(text), 12);
    }

    [Theory]
    [InlineData("2 +", 1, 4, "ends too early")]
    [InlineData("(1 + 2", 1, 7, "expected ')'")]
    [InlineData("if true then 1", 1, 15, "'else'")]
    [InlineData("if true 1 else 2", 1, 9, "'then'")]
    [InlineData("1 < 2 < 3", 1, 7, "cannot be chained")]
    [InlineData("max(1,)", 1, 7, "expected a number")]
    [InlineData("1 2", 1, 3, "unexpected '2'")]
    [InlineData("* 3", 1, 1, "expected a number")]
    [InlineData("a +\n  * b", 2, 3, "expected a number")]
    [InlineData("", 1, 1, "empty")]
    public void Parse_InvalidExpression_ErrorWithLineAndColumn(string text, int line, int column, string fragment)
    {
        var (tree, error) = Parser.Parse(text);

        Assert.Null(tree);
        Assert.NotNull(error);
        Assert.Equal(new SourcePosition(line, column), error.Position);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestingDeeperThanLimit_IsRefused()
    {
        var text = new string('(', 60) + "1" + new string(')', 60);

        var (_, error) = Parser.Parse(text);

        Assert.NotNull(error);
        Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ManyUnaryOperators_DepthIsBounded()
    {
        var (_, error) = Parser.Parse(new string('-', 100) + "1");

        Assert.NotNull(error);
        Assert.Contains("nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TooManyNodes_IsRefused()
    {
        var text = string.Join("+", Enumerable.Repeat("1", 400));

        var (_, error) = Parser.Parse(text);

        Assert.NotNull(error);
        Assert.Contains("more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongerThanLimit_IsRefused()
    {
        var (_, error) = Parser.Parse(new string(' ', ExpressionLimits.MaxLength) + "1");

        Assert.NotNull(error);
        Assert.Contains("characters long", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithinLimits_Accepted()
    {
        var text = new string('(', 30) + "1" + new string(')', 30) + string.Concat(Enumerable.Repeat(" + 1", 100));

        var (tree, error) = Parser.Parse(text);

        Assert.Null(error);
        Assert.NotNull(tree);
    }
}
