using System.Globalization;
using System.Text.RegularExpressions;

namespace Microfactory.Carbon.Pact;

/// <summary>
/// PACT v3 decimals travel as JSON strings: an optional sign, digits, and an optional fraction (<c>^[+-]?\d+(\.\d+)?$</c>);
/// no exponent, no thousands separator, invariant culture. The schema's own patterns for the signed kinds are anchored
/// wrongly (<c>NegativeOrZeroDecimal</c> accepts <c>"10"</c>, <c>PositiveNonZeroDecimal</c> accepts <c>"1e5"</c>), so the
/// whole string and the sign are checked here rather than trusted to a schema validator.
/// </summary>
public static partial class PactDecimal
{
    /// <summary>Longest decimal string read: <see cref="decimal"/> holds 29 significant digits, a sign and a point.</summary>
    public const int MaxLength = 64;

    /// <summary>Writes <paramref name="value"/> the way the schema reads it: plain digits, no exponent, no trailing zeros, <c>"0"</c> for zero.</summary>
    public static string Format(decimal value) =>
        value == 0m ? "0" : value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a PACT decimal string of the given <paramref name="sign"/>; null when it is one, else the rule it breaks
    /// (in words a user can act on) and <paramref name="value"/> is 0.
    /// </summary>
    public static string? TryParse(string text, DecimalSign sign, out decimal value)
    {
        value = 0m;
        if (text.Length > MaxLength)
        {
            return $"must be a decimal string of at most {MaxLength} characters";
        }
        if (!Shape().IsMatch(text))
        {
            return "must be a decimal string such as \"12.5\" or \"-0.25\" (digits with an optional sign and fraction; no exponent, spaces or separators)";
        }
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return "is too large a decimal";
        }
        var rule = sign switch
        {
            DecimalSign.PositiveNonZero when value <= 0m => "must be greater than 0",
            DecimalSign.PositiveOrZero when value < 0m || (value == 0m && text.StartsWith('-')) => "must be 0 or more",
            DecimalSign.NegativeOrZero when value > 0m || (value == 0m && text.StartsWith('+')) => "must be 0 or less",
            DecimalSign.NegativeNonZero when value >= 0m => "must be less than 0",
            _ => null,
        };
        if (rule is not null)
        {
            value = 0m;
        }
        return rule;
    }

    // Anchored at both ends (\A, \z: a trailing newline does not pass) and ASCII digits only.
    [GeneratedRegex(@"\A[+-]?[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
