using Microfactory.Passport.Model;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Tests.Validation;

public sealed class XsdValuesTests
{
    [Theory]
    [InlineData(DataTypeDefXsd.String, "")]
    [InlineData(DataTypeDefXsd.Boolean, "true")]
    [InlineData(DataTypeDefXsd.Boolean, "0")]
    [InlineData(DataTypeDefXsd.Int, "-2147483648")]
    [InlineData(DataTypeDefXsd.Int, "+17")]
    [InlineData(DataTypeDefXsd.Long, "9223372036854775807")]
    [InlineData(DataTypeDefXsd.Integer, "123456789012345678901234567890")]
    [InlineData(DataTypeDefXsd.UnsignedByte, "255")]
    [InlineData(DataTypeDefXsd.Byte, "-128")]
    [InlineData(DataTypeDefXsd.PositiveInteger, "1")]
    [InlineData(DataTypeDefXsd.NegativeInteger, "-1")]
    [InlineData(DataTypeDefXsd.NonPositiveInteger, "0")]
    [InlineData(DataTypeDefXsd.Double, "1.5E-3")]
    [InlineData(DataTypeDefXsd.Double, "NaN")]
    [InlineData(DataTypeDefXsd.Float, ".5")]
    [InlineData(DataTypeDefXsd.Decimal, "-0.000100")]
    [InlineData(DataTypeDefXsd.DateTime, "2026-12-01T09:30:00.125+01:00")]
    [InlineData(DataTypeDefXsd.DateTime, "2026-12-01T24:00:00")]
    [InlineData(DataTypeDefXsd.Date, "2000-02-29")]
    [InlineData(DataTypeDefXsd.Date, "-0001-02-29")]
    [InlineData(DataTypeDefXsd.Time, "23:59:59Z")]
    [InlineData(DataTypeDefXsd.Duration, "P1Y2M3DT4H5M6.7S")]
    [InlineData(DataTypeDefXsd.Duration, "-PT1S")]
    [InlineData(DataTypeDefXsd.GYear, "2026")]
    [InlineData(DataTypeDefXsd.GYearMonth, "2026-12")]
    [InlineData(DataTypeDefXsd.GMonth, "--12")]
    [InlineData(DataTypeDefXsd.GMonthDay, "--02-29")]
    [InlineData(DataTypeDefXsd.GDay, "---31")]
    [InlineData(DataTypeDefXsd.HexBinary, "0fA1")]
    [InlineData(DataTypeDefXsd.Base64Binary, "AAEC")]
    [InlineData(DataTypeDefXsd.AnyUri, "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66")]
    [InlineData(DataTypeDefXsd.AnyUri, "files/a.pdf")]
    public void IsValid_LexicalForm_IsAccepted(DataTypeDefXsd type, string value)
    {
        Assert.True(XsdValues.IsValid(type, value));
    }

    [Theory]
    [InlineData(DataTypeDefXsd.String, "\u0000")]
    [InlineData(DataTypeDefXsd.Boolean, "True")]
    [InlineData(DataTypeDefXsd.Int, "2147483648")]
    [InlineData(DataTypeDefXsd.Int, "1.0")]
    [InlineData(DataTypeDefXsd.Int, "")]
    [InlineData(DataTypeDefXsd.Short, "32768")]
    [InlineData(DataTypeDefXsd.UnsignedInt, "-1")]
    [InlineData(DataTypeDefXsd.PositiveInteger, "0")]
    [InlineData(DataTypeDefXsd.NegativeInteger, "0")]
    [InlineData(DataTypeDefXsd.Double, "1,5")]
    [InlineData(DataTypeDefXsd.Double, "Infinity")]
    [InlineData(DataTypeDefXsd.Decimal, "1e3")]
    [InlineData(DataTypeDefXsd.Decimal, ".")]
    [InlineData(DataTypeDefXsd.DateTime, "2026-12-01 09:30:00")]
    [InlineData(DataTypeDefXsd.DateTime, "2026-13-01T00:00:00")]
    [InlineData(DataTypeDefXsd.Date, "2100-02-29")]
    [InlineData(DataTypeDefXsd.Date, "0000-01-01")]
    [InlineData(DataTypeDefXsd.Date, "-0004-02-29")]
    [InlineData(DataTypeDefXsd.Decimal, "12.")]
    [InlineData(DataTypeDefXsd.Double, "+INF")]
    [InlineData(DataTypeDefXsd.AnyUri, "2026-12-01T00:00:00")]
    [InlineData(DataTypeDefXsd.Date, "26-12-01")]
    [InlineData(DataTypeDefXsd.Time, "24:00:01")]
    [InlineData(DataTypeDefXsd.Duration, "P")]
    [InlineData(DataTypeDefXsd.Duration, "P1DT")]
    [InlineData(DataTypeDefXsd.GMonthDay, "--02-30")]
    [InlineData(DataTypeDefXsd.HexBinary, "abc")]
    [InlineData(DataTypeDefXsd.Base64Binary, "A")]
    [InlineData(DataTypeDefXsd.AnyUri, "http://a b")]
    public void IsValid_NotTheLexicalForm_IsRefused(DataTypeDefXsd type, string value)
    {
        Assert.False(XsdValues.IsValid(type, value));
    }

    [Fact]
    public void Name_EveryType_RoundTripsThroughParse()
    {
        foreach (var type in Enum.GetValues<DataTypeDefXsd>())
        {
            Assert.Equal(type, XsdValues.Parse(XsdValues.Name(type)));
        }
        Assert.Equal(30, Enum.GetValues<DataTypeDefXsd>().Length);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("de-CH", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("x-private", true)]
    [InlineData("", false)]
    [InlineData("en_GB", false)]
    [InlineData("e", false)]
    public void IsWellFormed_Tag_MatchesBcp47(string tag, bool expected)
    {
        Assert.Equal(expected, LanguageTag.IsWellFormed(tag));
    }
}
