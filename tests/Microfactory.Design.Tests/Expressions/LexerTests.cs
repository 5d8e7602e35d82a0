using Microfactory.Design.Expressions;
using Microfactory.Design.Units;

namespace Microfactory.Design.Tests.Expressions;

public sealed class LexerTests
{
    [Theory]
    [InlineData("120 mm", 0.12)]
    [InlineData("120mm", 0.12)]
    [InlineData("1.5 m", 1.5)]
    [InlineData("2 cm", 0.02)]
    [InlineData(".5 m", 0.5)]
    [InlineData("2.5e3", 2500)]
    [InlineData("1E-3 m", 0.001)]
    [InlineData("10 %", 0.1)]
    [InlineData("3 min", 180)]
    [InlineData("2 h", 7200)]
    [InlineData("1 kWh", 3.6e6)]
    [InlineData("500 g", 0.5)]
    [InlineData("1 m²", 1)]
    [InlineData("1000 mm2", 0.001)]
    public void Tokenize_NumberWithUnit_ValueInSiUnits(string text, double expected)
    {
        var (tokens, error) = Lexer.Tokenize(text);

        Assert.Null(error);
        Assert.Equal(TokenKind.Number, tokens[0].Kind);
        Assert.Equal(expected, tokens[0].Number, 12);
        Assert.Equal(TokenKind.End, tokens[1].Kind);
    }

    [Fact]
    public void Tokenize_CompoundUnit_CombinesDimensions()
    {
        var (tokens, _) = Lexer.Tokenize("7850 kg/m3");

        Assert.Equal(Dimension.Density, tokens[0].Dimension);
        Assert.Equal(7850, tokens[0].Number, 9);
    }

    [Fact]
    public void Tokenize_SlashBeforeName_IsDivisionNotUnit()
    {
        var (tokens, error) = Lexer.Tokenize("2 mm/gap");

        Assert.Null(error);
        Assert.Equal([TokenKind.Number, TokenKind.Slash, TokenKind.Identifier, TokenKind.End], tokens.Select(t => t.Kind));
        Assert.Equal(Dimension.LengthDim, tokens[0].Dimension);
    }

    [Fact]
    public void Tokenize_KeywordAfterNumber_IsNotAUnit()
    {
        var (tokens, error) = Lexer.Tokenize("x > 2 and y");

        Assert.Null(error);
        Assert.Equal(TokenKind.And, tokens[3].Kind);
    }

    [Fact]
    public void Tokenize_UnknownUnit_ErrorAtTheUnit()
    {
        var (_, error) = Lexer.Tokenize("3 + 2 furlong");

        Assert.NotNull(error);
        Assert.Contains("unknown unit 'furlong'", error.Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(1, 7), error.Position);
    }

    [Fact]
    public void Tokenize_UnexpectedCharacterOnSecondLine_ReportsLineAndColumn()
    {
        var (_, error) = Lexer.Tokenize("a +\n  $b");

        Assert.NotNull(error);
        Assert.Equal(new SourcePosition(2, 3), error.Position);
        Assert.Contains("'$'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokenize_UnterminatedText_ReportsWhereItStarts()
    {
        var (_, error) = Lexer.Tokenize("m == 'mat_x");

        Assert.NotNull(error);
        Assert.Equal(new SourcePosition(1, 6), error.Position);
    }

    [Fact]
    public void Tokenize_Operators_AllKinds()
    {
        var (tokens, error) = Lexer.Tokenize("+ - * / ^ ( ) , < <= > >= == != and or not if then else true false");

        Assert.Null(error);
        Assert.Equal(
            [
                TokenKind.Plus, TokenKind.Minus, TokenKind.Star, TokenKind.Slash, TokenKind.Caret, TokenKind.LeftParen, TokenKind.RightParen, TokenKind.Comma,
                TokenKind.Less, TokenKind.LessEqual, TokenKind.Greater, TokenKind.GreaterEqual, TokenKind.Equal, TokenKind.NotEqual,
                TokenKind.And, TokenKind.Or, TokenKind.Not, TokenKind.If, TokenKind.Then, TokenKind.Else, TokenKind.True, TokenKind.False, TokenKind.End,
            ],
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_SingleEquals_IsAnError()
    {
        var (_, error) = Lexer.Tokenize("a = 1");

        Assert.NotNull(error);
        Assert.Equal(new SourcePosition(1, 3), error.Position);
    }
}
