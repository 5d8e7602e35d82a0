namespace Microfactory.Design.Geometry;

/// <summary>
/// The five panels of an open-top finger-jointed box for a laser cutter (bottom, front, back,
/// left, right), laid out in two rows. Dimensions are outside dimensions. Every joint has an odd
/// number of equal fingers; one panel keeps the even fingers and its mate the odd ones, so mating
/// edges are exact complements. Front and back own the four bottom corner cubes. An optional text
/// is engraved, centred, on the outside of the front panel in single-stroke lettering.
/// </summary>
internal sealed class FingerJointBoxGenerator : Generator
{
    /// <summary>Smallest cap height that still reads when engraved in wood, in mm.</summary>
    public const double MinEngraveHeightMm = 3;

    public override GeneratorInfo Info { get; } = new(
        "finger_joint_box",
        GeneratorKind.Flat,
        "Open-top box of five finger-jointed panels (bottom, front, back, left, right) laid out for a laser cutter, with optional engraved lettering on the front.",
        [
            new("width", "length", null, "Outside width (x): front, back and bottom."),
            new("depth", "length", null, "Outside depth (y): left, right and bottom."),
            new("height", "length", null, "Outside height (z): front, back, left and right."),
            new("thickness", "length", null, "Panel thickness (the finger depth)."),
            new("finger_width", "length", "0 mm", "Nominal finger width; 0 for three times the thickness."),
            new("gap", "length", "5 mm", "Spacing between panels in the layout."),
            new("kerf", "length", "0 mm", "Width of material the laser removes; outlines are offset outward by half of it so joints fit tight."),
            new("engrave_text", "text", "''", "Text engraved centred on the outside of the front panel (layer ENGRAVE); empty for none."),
            new("engrave_height", "length", "10 mm", $"Capital height of the engraved text; smaller when the text would not fit, refused below {MinEngraveHeightMm} mm."),
        ]);

    protected override GeneratorOutput Generate(ReadOnlySpan<double> a, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        double w = a[0], d = a[1], h = a[2], t = a[3], gap = a[5], kerf = a[6], engraveHeight = a[8];
        var defaultFinger = a[4] <= 0;
        var finger = defaultFinger ? 3 * t : a[4];
        if (t <= 0)
        {
            return GeneratorOutput.Refuse($"thickness must be positive, not {Mm(t)}", "thickness");
        }
        if (gap < 0)
        {
            return GeneratorOutput.Refuse($"gap cannot be negative ({Mm(gap)})", "gap");
        }
        if (kerf < 0 || kerf > Math.Min(gap, t / 4))
        {
            return GeneratorOutput.Refuse($"kerf must be between 0 and the smaller of the gap and a quarter of the thickness, not {Mm(kerf)}", "kerf");
        }
        foreach (var (name, length, span) in new[] { ("width", w, w - (2 * t)), ("depth", d, d - (2 * t)), ("height", h, h - t) })
        {
            if (span < 3 * t)
            {
                return GeneratorOutput.Refuse($"{name} {Mm(length)} is too small for three fingers of at least the thickness {Mm(t)}", name);
            }
        }
        // Bound the fingers before building anything: the panels' outlines grow with the fingers, their tracing grids with the square.
        foreach (var (name, span) in new[] { ("width", w - (2 * t)), ("depth", d - (2 * t)), ("height", h - t) })
        {
            var fingers = Math.Floor(span / finger);
            if (fingers > GeneratorLimits.MaxFingersPerJoint)
            {
                var source = defaultFinger ? "thickness" : "finger_width";
                var what = defaultFinger ? $"fingers of three times the thickness ({Mm(finger)})" : $"finger_width {Mm(finger)}";
                return GeneratorOutput.Refuse(
                    $"{what} means {Format.Display(fingers)} fingers along the {name}; a joint has at most {GeneratorLimits.MaxFingersPerJoint}, so use fingers of at least {Mm(Math.Ceiling(span / GeneratorLimits.MaxFingersPerJoint * 100) / 100)}",
                    source, name);
            }
        }
        var engraving = Engraving(texts[7], engraveHeight, w, h, t);
        if (engraving.Problem is { } problem)
        {
            return problem;
        }
        var alongW = new Joint(t, w - t, finger);
        var alongD = new Joint(t, d - t, finger);
        var vertical = new Joint(t, h, finger);

        // Front and back (x, z): own the bottom corners; keep even fingers on every joint.
        var frontOutline = Panel(w, h, t, alongW, vertical, (x, z) => z < t ? (x < t || x > w - t || alongW.Keeps(x, even: true)) : (x >= t && x <= w - t) || vertical.Keeps(z, even: true), cancellationToken);
        // Left and right (y, z): even fingers into the bottom, odd fingers on the vertical joints.
        var sideOutline = Panel(d, h, t, alongD, vertical, (y, z) => z < t ? y > t && y < d - t && alongD.Keeps(y, even: true) : (y >= t && y <= d - t) || vertical.Keeps(z, even: false), cancellationToken);
        // Bottom (x, y): odd fingers everywhere, corners removed.
        var bottomOutline = Panel(w, d, t, alongW, alongD, (x, y) =>
        {
            var inX = x > t && x < w - t;
            var inY = y > t && y < d - t;
            return (inX && inY) || (inX && alongW.Keeps(x, even: false)) || (inY && alongD.Keeps(y, even: false));
        }, cancellationToken);

        var rowHeight = Math.Max(h, d);
        var contours = new List<IReadOnlyList<Point2>>
        {
            frontOutline,
            Polygon.Translate(frontOutline, w + gap, 0),
            Polygon.Translate(bottomOutline, 2 * (w + gap), 0),
            Polygon.Translate(sideOutline, 0, rowHeight + gap),
            Polygon.Translate(sideOutline, d + gap, rowHeight + gap),
        };
        var width = Math.Max((3 * w) + (2 * gap), (2 * d) + gap);
        var half = kerf / 2;
        IReadOnlyList<IReadOnlyList<Point2>> compensated = half > 0
            ? [.. contours.Select(c => Polygon.Translate(Polygon.OffsetRectilinear(c, half), half, half))]
            : contours;
        // The lettering moves with the front panel's outline but is not offset: the beam engraves on the line.
        IReadOnlyList<IReadOnlyList<Point2>> lettering = half > 0 ? [.. engraving.Strokes.Select(s => Polygon.Translate(s, half, half))] : engraving.Strokes;
        return GeneratorOutput.Of(new Drawing(compensated, [], [], width + kerf, rowHeight + gap + h + kerf) { Engraving = lettering });
    }

    /// <summary>
    /// Lays the text out centred on the front panel's face between its joints (x from t to w − t,
    /// z from t to h), at the asked height or smaller so that it fits with a margin.
    /// </summary>
    private static (IReadOnlyList<IReadOnlyList<Point2>> Strokes, GeneratorOutput? Problem) Engraving(string text, double capHeight, double w, double h, double t)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return ([], null);
        }
        var unsupported = StrokeFont.Unsupported(text);
        if (unsupported.Count > 0)
        {
            var shown = string.Join(" ", unsupported.Take(10).Select(c => char.IsControl(c) ? $"U+{(int)c:X4}" : $"'{c}'"));
            return ([], GeneratorOutput.Refuse($"the engraving can draw letters A–Z and a–z, digits, spaces and . , : ; ! ? - + = / ( ) ' \" # & % * _ @, not {shown}", "engrave_text"));
        }
        if (capHeight <= 0)
        {
            return ([], GeneratorOutput.Refuse($"engrave_height must be positive, not {Mm(capHeight)}", "engrave_height"));
        }
        var margin = Math.Max(3, t);
        var faceWidth = w - (2 * t) - (2 * margin);
        var faceHeight = h - t - (2 * margin);
        var widthUnits = StrokeFont.WidthUnits(text);
        var (bottom, top) = StrokeFont.Extent(text);
        var perUnit = Math.Min(capHeight / StrokeFont.CapUnits, Math.Min(faceWidth / widthUnits, faceHeight / (top - bottom)));
        var cap = perUnit * StrokeFont.CapUnits;
        if (cap < MinEngraveHeightMm)
        {
            var needed = widthUnits * MinEngraveHeightMm / StrokeFont.CapUnits;
            return ([], GeneratorOutput.Refuse(
                $"the engraving \"{text}\" ({text.Length} characters) does not fit the front panel at the smallest legible height of {Mm(MinEngraveHeightMm)}: it needs {Mm(needed)} across and the panel has {Mm(Math.Max(0, faceWidth))} between its joints and margins; shorten the text or make the box wider",
                "engrave_text", "width", "height"));
        }
        var left = (w / 2) - (widthUnits * perUnit / 2);
        var middle = t + ((h - t) / 2);
        var baseline = middle - (((top + bottom) / 2) * perUnit);
        return (StrokeFont.Layout(text, cap, left, baseline), null);
    }

    private static List<Point2> Panel(double sizeX, double sizeY, double t, Joint jointX, Joint jointY, Func<double, double, bool> filled, CancellationToken cancellationToken)
    {
        var xs = new SortedSet<double> { 0, t, sizeX - t, sizeX };
        var ys = new SortedSet<double> { 0, t, sizeY - t, sizeY };
        xs.UnionWith(jointX.Breaks);
        ys.UnionWith(jointY.Breaks);
        return CellOutline.Trace([.. xs], [.. ys], filled, cancellationToken);
    }

    /// <summary>Fingers over [start, end]: an odd count, at least three, close to the nominal width (the caller has bounded the count).</summary>
    private sealed class Joint
    {
        private readonly double _start;
        private readonly double _segment;

        public Joint(double start, double end, double nominal)
        {
            var count = (int)Math.Floor((end - start) / nominal);
            count = Math.Max(3, count % 2 == 0 ? count - 1 : count);
            _start = start;
            _segment = (end - start) / count;
            Breaks = [.. Enumerable.Range(0, count + 1).Select(i => start + (i * _segment))];
        }

        public IReadOnlyList<double> Breaks { get; }

        public bool Keeps(double position, bool even)
        {
            var index = (int)Math.Floor((position - _start) / _segment);
            return (index % 2 == 0) == even;
        }
    }
}
