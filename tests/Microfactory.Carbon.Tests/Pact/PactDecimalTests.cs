using Microfactory.Carbon.Pact;

namespace Microfactory.Carbon.Tests.Pact;

public sealed class PactDecimalTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1.500000000", "1.5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("0.000000001", "0.000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("-0.0", "0")]
    public void Format_Decimal_IsPlainDigitsWithoutExponentOrTrailingZeros(string value, string expected) =>
        Assert.Equal(expected, PactDecimal.Format(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Format_TinyAndHugeValues_NeverUseAnExponent()
    {
        foreach (var value in new[] { 1e-28m, 1e28m, -1e-20m, decimal.MaxValue, decimal.MinValue, 1m / 3m })
        {
            var text = PactDecimal.Format(value);
            Assert.DoesNotContain("E", text, StringComparison.OrdinalIgnoreCase);
            Assert.Null(PactDecimal.TryParse(text, DecimalSign.Any, out var back));
            Assert.Equal(value, back);
        }
    }

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("-0.25", -0.25)]
    [InlineData("+3", 3)]
    [InlineData("007", 7)]
    public void TryParse_SchemaDecimal_IsRead(string text, double expected)
    {
        Assert.Null(PactDecimal.TryParse(text, DecimalSign.Any, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("5abc")]
    [InlineData("abc0")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1,5")]
    [InlineData("1\n")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x10")]
    [InlineData("١٢")]
    [InlineData("--1")]
    [InlineData("")]
    public void TryParse_NotAPlainDecimal_IsRefused(string text) =>
        Assert.NotNull(PactDecimal.TryParse(text, DecimalSign.Any, out _));

    [Fact]
    public void TryParse_TooLongOrTooLarge_IsRefused()
    {
        Assert.Contains("at most", PactDecimal.TryParse(new string('1', 65), DecimalSign.Any, out _), StringComparison.Ordinal);
        Assert.Equal("is too large a decimal", PactDecimal.TryParse("99999999999999999999999999999999", DecimalSign.Any, out _));
    }

    /// <summary>The strings the v3 schema's mis-anchored patterns let through (NOTES.md) are refused here.</summary>
    [Theory]
    [InlineData("10", DecimalSign.NegativeOrZero)]
    [InlineData("abc0", DecimalSign.NegativeOrZero)]
    [InlineData("+0", DecimalSign.NegativeOrZero)]
    [InlineData("5abc", DecimalSign.PositiveNonZero)]
    [InlineData("1e5", DecimalSign.PositiveNonZero)]
    [InlineData("0", DecimalSign.PositiveNonZero)]
    [InlineData("0.000", DecimalSign.PositiveNonZero)]
    [InlineData("-2", DecimalSign.PositiveNonZero)]
    [InlineData("-0", DecimalSign.PositiveOrZero)]
    [InlineData("-0.1", DecimalSign.PositiveOrZero)]
    [InlineData("0", DecimalSign.NegativeNonZero)]
    [InlineData("3", DecimalSign.NegativeNonZero)]
    public void TryParse_WrongSign_IsRefused(string text, DecimalSign sign)
    {
        Assert.NotNull(PactDecimal.TryParse(text, sign, out var value));
        Assert.Equal(0m, value);
    }

    [Theory]
    [InlineData("0.001", DecimalSign.PositiveNonZero)]
    [InlineData("+4", DecimalSign.PositiveNonZero)]
    [InlineData("0", DecimalSign.PositiveOrZero)]
    [InlineData("0.0", DecimalSign.NegativeOrZero)]
    [InlineData("-0", DecimalSign.NegativeOrZero)]
    [InlineData("-4.34", DecimalSign.NegativeOrZero)]
    [InlineData("-0.5", DecimalSign.NegativeNonZero)]
    public void TryParse_RightSign_IsRead(string text, DecimalSign sign) =>
        Assert.Null(PactDecimal.TryParse(text, sign, out _));

    [Fact]
    public void FormatThenTryParse_RandomDecimals_RoundTrip()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 2000; i++)
        {
            var value = new decimal(random.Next(), random.Next(), random.Next(0, 1 << 20), random.Next(2) == 0, (byte)random.Next(0, 29));
            Assert.Null(PactDecimal.TryParse(PactDecimal.Format(value), DecimalSign.Any, out var back));
            Assert.Equal(value, back);
        }
    }
}
