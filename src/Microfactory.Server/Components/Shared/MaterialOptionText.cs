using System.Globalization;
using System.Text.RegularExpressions;
using Microfactory.Design.Materials;

namespace Microfactory.Server.Components.Shared;

/// <summary>
/// Short texts for a drop-down of materials. A select shows only its first few dozen characters, and the full names
/// ("Cold-rolled steel sheet DC01, 1.5 mm") differ at their end, so each text leads with what tells the options
/// apart and ends with the sheet thickness ("Cold-rolled DC01 · 1.5 mm"): words that every option's name shares are
/// left out when each option is sheet stock with a known thickness. Options that are no material keep their text;
/// the full name belongs in the option's title and the hint below the field.
/// </summary>
internal static partial class MaterialOptionText
{
    /// <summary>The text to show for each option, keyed by the option's value (ordinal).</summary>
    public static IReadOnlyDictionary<string, string> For(IReadOnlyList<string> options, IMaterialCatalog catalog)
    {
        var texts = options.Distinct(StringComparer.Ordinal).ToDictionary(o => o, o => catalog.Find(o)?.Name ?? o, StringComparer.Ordinal);
        var sheets = texts.Keys.Select(catalog.Find).ToList();
        if (sheets.Count == 0 || sheets.Any(m => m?.SheetThicknessMm is null))
        {
            return texts;
        }
        var materials = sheets.ConvertAll(m => m!);
        var bases = materials.ConvertAll(m => TrailingThickness().Replace(m.Name, "").Trim());
        var shared = materials.Count < 2
            ? []
            : bases.Select(Words).Aggregate((a, b) => [.. a.Intersect(b, StringComparer.OrdinalIgnoreCase)]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shortened = bases.ConvertAll(b => string.Join(' ', Words(b).Where(w => !shared.Contains(w))));
        if (shortened.Any(s => s.Length == 0))
        {
            shortened = bases;
        }
        var whole = materials.All(m => m.SheetThicknessMm!.Value == Math.Round(m.SheetThicknessMm.Value));
        var result = materials.Select((m, i) => (m.Id, Text: $"{shortened[i]} · {Millimetres(m.SheetThicknessMm!.Value, whole)}")).ToList();
        // Two materials with the same grade and thickness would read alike: their full names tell them apart.
        return result.DistinctBy(r => r.Text, StringComparer.OrdinalIgnoreCase).Count() == result.Count
            ? result.ToDictionary(r => r.Id, r => r.Text, StringComparer.Ordinal)
            : texts;
    }

    private static List<string> Words(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.TrimEnd(',', ';'))];

    private static string Millimetres(double value, bool whole) =>
        value.ToString(whole ? "0" : "0.0##", CultureInfo.InvariantCulture) + " mm";

    // ", 1.5 mm" or " 6 mm" at the end of a name: the thickness, shown on its own at the end of the text.
    [GeneratedRegex(@"[,\s]*\d+(?:\.\d+)?\s*mm\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingThickness();
}
