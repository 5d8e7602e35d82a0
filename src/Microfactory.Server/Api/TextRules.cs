using System.Buffers;
using System.Globalization;

namespace Microfactory.Server.Api;

/// <summary>
/// What a text field of the API may hold. Control characters (C0 U+0000–U+001F, DEL and C1 U+007F–U+009F) are refused
/// everywhere: PostgreSQL cannot store NUL, and the others only hide text from the people who read it. Multi-line
/// fields (notes, addresses) may also hold tab and line breaks (CR, LF).
/// </summary>
internal static class TextRules
{
    private static readonly SearchValues<char> SingleLineForbidden = SearchValues.Create(Controls(multiLine: false));
    private static readonly SearchValues<char> MultiLineForbidden = SearchValues.Create(Controls(multiLine: true));

    /// <summary>The index of the first character the field may not hold, or -1.</summary>
    public static int FindForbidden(ReadOnlySpan<char> text, bool multiLine) =>
        text.IndexOfAny(multiLine ? MultiLineForbidden : SingleLineForbidden);

    /// <summary>The rule a field broke, phrased to follow its name: "must not contain …".</summary>
    public static string Violation(string text, int index, bool multiLine) =>
        $"must not contain control characters (found {Name(text[index])} at position {index + 1})"
        + (multiLine ? "; only tab and line breaks are allowed." : ".");

    /// <summary>Checks one value; returns the complete message naming <paramref name="field"/>, or null when the value is fine.</summary>
    public static string? Check(string field, string? value, bool multiLine = false)
    {
        if (value is null)
        {
            return null;
        }
        var index = FindForbidden(value, multiLine);
        return index < 0 ? null : $"{field} {Violation(value, index, multiLine)}";
    }

    private static string Name(char c) => c switch
    {
        '\0' => "U+0000 (NUL)",
        '\t' => "U+0009 (tab)",
        '\n' => "U+000A (line feed)",
        '\r' => "U+000D (carriage return)",
        _ => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
    };

    private static string Controls(bool multiLine)
    {
        var chars = new List<char>();
        for (var c = '\0'; c <= '\u009f'; c++)
        {
            if (char.IsControl(c) && !(multiLine && c is '\t' or '\n' or '\r'))
            {
                chars.Add(c);
            }
        }
        return new string([.. chars]);
    }
}
