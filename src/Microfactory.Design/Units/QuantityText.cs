using Microfactory.Design.Expressions;

namespace Microfactory.Design.Units;

/// <summary>
/// Parses a quantity as a person types it: a number with an optional sign and an optional unit
/// ("120", "120 mm", "0.12m", "-5 deg"). Without a unit the value is taken in the given default
/// unit. Invariant culture: '.' is the decimal separator.
/// </summary>
internal static class QuantityText
{
    public static bool TryParse(string text, Unit defaultUnit, out double si, out string error)
    {
        si = 0;
        var trimmed = text.Trim();
        var negative = trimmed.StartsWith('-');
        var body = negative || trimmed.StartsWith('+') ? trimmed[1..] : trimmed;
        var (tokens, lexError) = body.Length > 100 ? ([], new ExpressionError("too long", default)) : Lexer.Tokenize(body);
        if (lexError is not null || tokens.Count != 2 || tokens[0].Kind != TokenKind.Number)
        {
            error = $"'{text}' is not a number" + (defaultUnit.Symbol.Length > 0 ? $"; write for example 120 or 120 {defaultUnit.Symbol}" : "");
            return false;
        }
        var token = tokens[0];
        var hasUnit = token.Text.Any(c => char.IsLetter(c) || c == '%') && !IsPlainNumber(token.Text);
        if (hasUnit)
        {
            if (token.Dimension != defaultUnit.Dimension)
            {
                error = $"'{text}' has the wrong unit: expected {UnitTable.DimensionName(defaultUnit.Dimension) ?? defaultUnit.Dimension.ToString()}" + (defaultUnit.Symbol.Length > 0 ? $" such as {defaultUnit.Symbol}" : "");
                return false;
            }
            si = token.Number;
        }
        else
        {
            si = token.Number * defaultUnit.ToSi;
        }
        if (negative)
        {
            si = -si;
        }
        error = "";
        return true;
    }

    /// <summary>The dimension of a number written with a unit ("5 kg" is a mass), or null when the text is no such quantity.</summary>
    public static Dimension? DimensionOf(string text)
    {
        var trimmed = text.Trim().TrimStart('-', '+');
        if (trimmed.Length > 100)
        {
            return null;
        }
        var (tokens, error) = Lexer.Tokenize(trimmed);
        return error is null && tokens.Count == 2 && tokens[0].Kind == TokenKind.Number && !IsPlainNumber(tokens[0].Text) ? tokens[0].Dimension : null;
    }

    /// <summary>True for "1e3" and "2.5E-2", whose letters are an exponent, not a unit.</summary>
    private static bool IsPlainNumber(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
