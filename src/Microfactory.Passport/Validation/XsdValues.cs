using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Microfactory.Passport.Model;

namespace Microfactory.Passport.Validation;

/// <summary>The lexical forms of the XML Schema value types (XSD 1.1 Part 2) that AAS values use, and their names.</summary>
public static partial class XsdValues
{
    private static readonly string[] Names =
    [
        "xs:anyURI", "xs:base64Binary", "xs:boolean", "xs:byte", "xs:date", "xs:dateTime", "xs:decimal", "xs:double",
        "xs:duration", "xs:float", "xs:gDay", "xs:gMonth", "xs:gMonthDay", "xs:gYear", "xs:gYearMonth", "xs:hexBinary",
        "xs:int", "xs:integer", "xs:long", "xs:negativeInteger", "xs:nonNegativeInteger", "xs:nonPositiveInteger",
        "xs:positiveInteger", "xs:short", "xs:string", "xs:time", "xs:unsignedByte", "xs:unsignedInt", "xs:unsignedLong",
        "xs:unsignedShort",
    ];

    /// <summary>The schema name, for example <c>xs:dateTime</c>.</summary>
    public static string Name(DataTypeDefXsd type) => Names[(int)type];

    /// <summary>The type for a schema name, or null when the name is not one of the 30.</summary>
    public static DataTypeDefXsd? Parse(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index < 0 ? null : (DataTypeDefXsd)index;
    }

    /// <summary>Whether <paramref name="value"/> is in the lexical space of <paramref name="type"/>.</summary>
    public static bool IsValid(DataTypeDefXsd type, string value) => type switch
    {
        DataTypeDefXsd.String => IsXmlText(value),
        DataTypeDefXsd.Boolean => value is "true" or "false" or "1" or "0",
        DataTypeDefXsd.Decimal => DecimalPattern().IsMatch(value),
        DataTypeDefXsd.Double or DataTypeDefXsd.Float => value is "INF" or "-INF" or "NaN" || FloatPattern().IsMatch(value),
        DataTypeDefXsd.Integer => InRange(value, null, null),
        DataTypeDefXsd.Long => InRange(value, long.MinValue, long.MaxValue),
        DataTypeDefXsd.Int => InRange(value, int.MinValue, int.MaxValue),
        DataTypeDefXsd.Short => InRange(value, short.MinValue, short.MaxValue),
        DataTypeDefXsd.Byte => InRange(value, sbyte.MinValue, sbyte.MaxValue),
        DataTypeDefXsd.UnsignedLong => InRange(value, BigInteger.Zero, ulong.MaxValue),
        DataTypeDefXsd.UnsignedInt => InRange(value, BigInteger.Zero, uint.MaxValue),
        DataTypeDefXsd.UnsignedShort => InRange(value, BigInteger.Zero, ushort.MaxValue),
        DataTypeDefXsd.UnsignedByte => InRange(value, BigInteger.Zero, byte.MaxValue),
        DataTypeDefXsd.NonNegativeInteger => InRange(value, BigInteger.Zero, null),
        DataTypeDefXsd.PositiveInteger => InRange(value, BigInteger.One, null),
        DataTypeDefXsd.NonPositiveInteger => InRange(value, null, BigInteger.Zero),
        DataTypeDefXsd.NegativeInteger => InRange(value, null, BigInteger.MinusOne),
        DataTypeDefXsd.DateTime => DateTimePattern().Match(value) is { Success: true } m && IsCalendarDate(m),
        DataTypeDefXsd.Date => DatePattern().Match(value) is { Success: true } m && IsCalendarDate(m),
        DataTypeDefXsd.Time => TimePattern().IsMatch(value),
        DataTypeDefXsd.Duration => DurationPattern().IsMatch(value),
        DataTypeDefXsd.GYear => GYearPattern().IsMatch(value),
        DataTypeDefXsd.GYearMonth => GYearMonthPattern().IsMatch(value),
        DataTypeDefXsd.GMonth => GMonthPattern().IsMatch(value),
        DataTypeDefXsd.GMonthDay => GMonthDayPattern().Match(value) is { Success: true } m && DayFitsMonth(m),
        DataTypeDefXsd.GDay => GDayPattern().IsMatch(value),
        DataTypeDefXsd.HexBinary => value.Length % 2 == 0 && HexPattern().IsMatch(value),
        DataTypeDefXsd.Base64Binary => Convert.TryFromBase64String(value, new byte[value.Length], out _),
        DataTypeDefXsd.AnyUri => IsXmlText(value) && UriReferencePattern().IsMatch(value),
        _ => false,
    };

    /// <summary>Whether every character is allowed in XML 1.0 text (what the AAS schema demands of every string).</summary>
    public static bool IsXmlText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }
                i++;
                continue;
            }
            if (char.IsLowSurrogate(c) || (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }
        return true;
    }

    private static bool InRange(string value, BigInteger? min, BigInteger? max)
    {
        if (!IntegerPattern().IsMatch(value))
        {
            return false;
        }
        var number = BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return (min is null || number >= min) && (max is null || number <= max);
    }

    private static bool IsCalendarDate(Match m)
    {
        // XSD 1.0 dates, as aas-core3.0 reads them: there is no year 0000, and '-0001' is 1 BCE (astronomical year 0, a leap
        // year). Leap years repeat every 400 years and 10 000 is a multiple of 400, so the last four digits decide.
        var digits = m.Groups["y"].ValueSpan;
        if (!digits.ContainsAnyExcept('0'))
        {
            return false;
        }
        var lastFour = int.Parse(digits[Math.Max(0, digits.Length - 4)..], CultureInfo.InvariantCulture);
        var negative = m.Value.StartsWith('-');
        var cycleYear = 2000 + ((((negative ? lastFour - 1 : lastFour) % 400) + 400) % 400);
        var month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return day <= System.DateTime.DaysInMonth(cycleYear, month);
    }

    private static bool DayFitsMonth(Match m)
    {
        var month = int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return day <= System.DateTime.DaysInMonth(2000, month);
    }

    private const string Zone = @"(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?";
    private const string Year = @"-?(?<y>[1-9][0-9]{3,}|0[0-9]{3})";
    private const string Clock = @"(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?|24:00:00(\.0+)?)";

    [GeneratedRegex(@"^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]+)?|\.[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex("^" + Year + @"-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12][0-9]|3[01])T" + Clock + Zone + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex("^" + Year + @"-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12][0-9]|3[01])" + Zone + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex("^" + Clock + Zone + "$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^-?P(?=[0-9T])([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex("^" + Year + Zone + "$", RegexOptions.CultureInvariant)]
    private static partial Regex GYearPattern();

    [GeneratedRegex("^" + Year + "-(0[1-9]|1[0-2])" + Zone + "$", RegexOptions.CultureInvariant)]
    private static partial Regex GYearMonthPattern();

    [GeneratedRegex("^--(0[1-9]|1[0-2])" + Zone + "$", RegexOptions.CultureInvariant)]
    private static partial Regex GMonthPattern();

    [GeneratedRegex("^--(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12][0-9]|3[01])" + Zone + "$", RegexOptions.CultureInvariant)]
    private static partial Regex GMonthDayPattern();

    [GeneratedRegex("^---(0[1-9]|[12][0-9]|3[01])" + Zone + "$", RegexOptions.CultureInvariant)]
    private static partial Regex GDayPattern();

    // An RFC 3987 IRI reference in outline: a scheme (a letter, then letters, digits, + - .) before the first ':' that
    // comes ahead of any '/', '?' or '#'; no spaces, controls or the characters RFC 3986 excludes; '%' only before two hex digits.
    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.-]*:|(?![^/?#]*:))([^\x00-\x20\x7f<>""{}|\\^`%]|%[0-9a-fA-F]{2})*$", RegexOptions.CultureInvariant)]
    private static partial Regex UriReferencePattern();

    [GeneratedRegex("^[0-9a-fA-F]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HexPattern();
}
