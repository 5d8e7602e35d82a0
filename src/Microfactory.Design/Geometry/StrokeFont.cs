using System.Collections.Frozen;
using System.Globalization;

namespace Microfactory.Design.Geometry;

/// <summary>
/// A single-stroke lettering for laser engraving: every glyph is a few open polylines that the
/// beam follows once, as a laser operator expects from engraved text (no outlines to fill).
/// Glyphs sit on a grid 4 units wide with capitals 6 units tall on the baseline, x-height 4,
/// descenders to −2 (nothing rises above the capitals); each character advances 6 units. Printable ASCII letters, digits and common
/// punctuation are covered; <see cref="Unsupported"/> names what is not.
/// </summary>
internal static class StrokeFont
{
    /// <summary>Capital height in grid units.</summary>
    public const double CapUnits = 6;

    /// <summary>Advance per character in grid units (glyph width 4 plus spacing 2).</summary>
    public const double AdvanceUnits = 6;

    private const double GlyphUnits = 4;

    /// <summary>Lowest point below the baseline, in grid units.</summary>
    public const double DescentUnits = 2;

    // Each glyph: strokes separated by '|', points "x,y" separated by spaces.
    private static readonly FrozenDictionary<char, Point2[][]> Glyphs = new Dictionary<char, string>
    {
        ['A'] = "0,0 2,6 4,0|1,2 3,2",
        ['B'] = "0,0 0,6 3,6 4,5 4,4 3,3 0,3|3,3 4,2 4,1 3,0 0,0",
        ['C'] = "4,5 3,6 1,6 0,5 0,1 1,0 3,0 4,1",
        ['D'] = "0,0 0,6 2,6 4,4 4,2 2,0 0,0",
        ['E'] = "4,6 0,6 0,0 4,0|0,3 3,3",
        ['F'] = "4,6 0,6 0,0|0,3 3,3",
        ['G'] = "4,5 3,6 1,6 0,5 0,1 1,0 3,0 4,1 4,3 2,3",
        ['H'] = "0,0 0,6|4,0 4,6|0,3 4,3",
        ['I'] = "1,6 3,6|2,6 2,0|1,0 3,0",
        ['J'] = "4,6 4,1 3,0 1,0 0,1",
        ['K'] = "0,0 0,6|4,6 0,2|1.3,3.3 4,0",
        ['L'] = "0,6 0,0 4,0",
        ['M'] = "0,0 0,6 2,3 4,6 4,0",
        ['N'] = "0,0 0,6 4,0 4,6",
        ['O'] = "1,0 0,1 0,5 1,6 3,6 4,5 4,1 3,0 1,0",
        ['P'] = "0,0 0,6 3,6 4,5 4,4 3,3 0,3",
        ['Q'] = "1,0 0,1 0,5 1,6 3,6 4,5 4,1 3,0 1,0|2.5,1.5 4,0",
        ['R'] = "0,0 0,6 3,6 4,5 4,4 3,3 0,3|2,3 4,0",
        ['S'] = "4,5 3,6 1,6 0,5 0,4 1,3 3,3 4,2 4,1 3,0 1,0 0,1",
        ['T'] = "0,6 4,6|2,6 2,0",
        ['U'] = "0,6 0,1 1,0 3,0 4,1 4,6",
        ['V'] = "0,6 2,0 4,6",
        ['W'] = "0,6 1,0 2,4 3,0 4,6",
        ['X'] = "0,0 4,6|0,6 4,0",
        ['Y'] = "0,6 2,3 4,6|2,3 2,0",
        ['Z'] = "0,6 4,6 0,0 4,0",
        ['a'] = "4,4 4,0|4,3 3,4 1,4 0,3 0,1 1,0 3,0 4,1",
        ['b'] = "0,6 0,0|0,3 1,4 3,4 4,3 4,1 3,0 1,0 0,1",
        ['c'] = "4,3 3,4 1,4 0,3 0,1 1,0 3,0 4,1",
        ['d'] = "4,6 4,0|4,3 3,4 1,4 0,3 0,1 1,0 3,0 4,1",
        ['e'] = "0,2 4,2 4,3 3,4 1,4 0,3 0,1 1,0 4,0",
        ['f'] = "3,6 2,6 1,5 1,0|0,4 3,4",
        ['g'] = "4,4 4,-1 3,-2 1,-2 0,-1|4,3 3,4 1,4 0,3 0,1 1,0 3,0 4,1",
        ['h'] = "0,6 0,0|0,3 1,4 3,4 4,3 4,0",
        ['i'] = "2,4 2,0|2,5.4 2,6",
        ['j'] = "3,4 3,-1 2,-2 1,-2 0,-1|3,5.4 3,6",
        ['k'] = "0,6 0,0|3.5,4 0,1.5|1.3,2.4 3.5,0",
        ['l'] = "1,6 2,6 2,1 3,0",
        ['m'] = "0,4 0,0|0,3 1,4 2,3 2,0|2,3 3,4 4,3 4,0",
        ['n'] = "0,4 0,0|0,3 1,4 3,4 4,3 4,0",
        ['o'] = "1,0 0,1 0,3 1,4 3,4 4,3 4,1 3,0 1,0",
        ['p'] = "0,4 0,-2|0,3 1,4 3,4 4,3 4,1 3,0 1,0 0,1",
        ['q'] = "4,4 4,-2|4,3 3,4 1,4 0,3 0,1 1,0 3,0 4,1",
        ['r'] = "0,4 0,0|0,2 2,4 4,4",
        ['s'] = "4,4 1,4 0,3 1,2 3,2 4,1 3,0 0,0",
        ['t'] = "1,6 1,1 2,0 3,0|0,4 3,4",
        ['u'] = "0,4 0,1 1,0 3,0 4,1|4,4 4,0",
        ['v'] = "0,4 2,0 4,4",
        ['w'] = "0,4 1,0 2,3 3,0 4,4",
        ['x'] = "0,0 4,4|0,4 4,0",
        ['y'] = "0,4 0,1 1,0 3,0 4,1|4,4 4,-1 3,-2 1,-2",
        ['z'] = "0,4 4,4 0,0 4,0",
        ['0'] = "1,0 0,1 0,5 1,6 3,6 4,5 4,1 3,0 1,0|0.5,1 3.5,5",
        ['1'] = "1,5 2,6 2,0|1,0 3,0",
        ['2'] = "0,5 1,6 3,6 4,5 4,4 0,0 4,0",
        ['3'] = "0,5 1,6 3,6 4,5 4,4 3,3 4,2 4,1 3,0 1,0 0,1|1,3 3,3",
        ['4'] = "3,0 3,6 0,2 4,2",
        ['5'] = "4,6 0,6 0,3 3,3 4,2 4,1 3,0 1,0 0,1",
        ['6'] = "4,5 3,6 1,6 0,5 0,1 1,0 3,0 4,1 4,2 3,3 0,3",
        ['7'] = "0,6 4,6 1,0",
        ['8'] = "1,3 0,4 0,5 1,6 3,6 4,5 4,4 3,3 1,3 0,2 0,1 1,0 3,0 4,1 4,2 3,3",
        ['9'] = "0,1 1,0 3,0 4,1 4,5 3,6 1,6 0,5 0,4 1,3 4,3",
        [' '] = "",
        ['.'] = "2,0 2,0.6",
        [','] = "2,0.6 2,0 1,-1",
        [':'] = "2,0.8 2,1.4|2,3.4 2,4",
        [';'] = "2,3.4 2,4|2,0.6 2,0 1,-1",
        ['!'] = "2,6 2,2|2,0 2,0.6",
        ['?'] = "0,5 1,6 3,6 4,5 4,4 2,3 2,2|2,0 2,0.6",
        ['-'] = "1,3 3,3",
        ['+'] = "0,3 4,3|2,1 2,5",
        ['='] = "0,2 4,2|0,4 4,4",
        ['/'] = "0,0 4,6",
        ['('] = "3,6 2,5 1.5,2.5 2,0 3,-1",
        [')'] = "1,6 2,5 2.5,2.5 2,0 1,-1",
        ['\''] = "2,6 2,4.5",
        ['"'] = "1,6 1,4.5|3,6 3,4.5",
        ['#'] = "1,0 1,6|3,0 3,6|0,2 4,2|0,4 4,4",
        ['&'] = "4,0 1,4 1,5 2,6 3,5 3,4 0,2 0,1 1,0 2,0 4,2",
        ['%'] = "0,0 4,6|0,6 0,5 1,5 1,6 0,6|3,0 3,1 4,1 4,0 3,0",
        ['*'] = "2,1.5 2,4.5|0.7,3.8 3.3,2.2|0.7,2.2 3.3,3.8",
        ['_'] = "0,-1 4,-1",
        ['@'] = "3,2 3,4 1,4 1,2 3,2 4,3 4,5 3,6 1,6 0,5 0,1 1,0 4,0",
    }.ToFrozenDictionary(g => g.Key, g => ParseGlyph(g.Value));

    /// <summary>The characters of <paramref name="text"/> the font cannot draw, each once, in order of appearance.</summary>
    public static IReadOnlyList<char> Unsupported(string text) => [.. text.Where(c => !Glyphs.ContainsKey(c)).Distinct()];

    /// <summary>Lowest and highest grid y any stroke of <paramref name="text"/> reaches (0 and 0 for blank text).</summary>
    public static (double Bottom, double Top) Extent(string text)
    {
        var points = text.SelectMany(c => Glyphs[c]).SelectMany(stroke => stroke).ToList();
        return points.Count == 0 ? (0, 0) : (Math.Min(0, points.Min(p => p.Y)), points.Max(p => p.Y));
    }

    /// <summary>Width of a line of text in grid units: the last character carries no spacing.</summary>
    public static double WidthUnits(string text) => text.Length == 0 ? 0 : (AdvanceUnits * (text.Length - 1)) + GlyphUnits;

    /// <summary>
    /// The strokes of one line of text, scaled so capitals are <paramref name="capHeight"/> mm tall,
    /// starting at <paramref name="left"/> with the baseline at <paramref name="baseline"/>. Every
    /// character must be supported (see <see cref="Unsupported"/>).
    /// </summary>
    public static List<IReadOnlyList<Point2>> Layout(string text, double capHeight, double left, double baseline)
    {
        var scale = capHeight / CapUnits;
        var strokes = new List<IReadOnlyList<Point2>>();
        for (var i = 0; i < text.Length; i++)
        {
            var x0 = left + (i * AdvanceUnits * scale);
            foreach (var stroke in Glyphs[text[i]])
            {
                strokes.Add([.. stroke.Select(p => new Point2(x0 + (p.X * scale), baseline + (p.Y * scale)))]);
            }
        }
        return strokes;
    }

    private static Point2[][] ParseGlyph(string definition) =>
        definition.Length == 0
            ? []
            : [.. definition.Split('|').Select(stroke => stroke.Split(' ').Select(point =>
                {
                    var xy = point.Split(',');
                    return new Point2(double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture));
                }).ToArray())];
}
