namespace Microfactory.Design.Geometry;

/// <summary>
/// Flat pattern of a sheet-metal tray or box: a rectangular base with up to four flanges bent
/// at 90°, corners relieved square. Dimensions are outside dimensions of the bent part; each
/// flange loses the setback (thickness + inside radius) and each bend adds the bend allowance
/// BA = π/2 · (r + K·t). Bend lines are drawn on the centre line of each bend zone.
/// </summary>
internal sealed class SheetMetalTrayGenerator : Generator
{
    public override GeneratorInfo Info { get; } = new(
        "sheet_metal_tray",
        GeneratorKind.Flat,
        "Flat pattern of a base with up to four 90° flanges, with bend allowance from a K-factor; optional corner holes in the base and two holes in the back flange.",
        [
            new("width", "length", null, "Outside width of the bent part (x)."),
            new("depth", "length", null, "Outside depth of the bent part (y)."),
            new("flange_front", "length", "0 mm", "Outside height of the front flange; 0 for none."),
            new("flange_back", "length", "0 mm", "Outside height of the back flange; 0 for none."),
            new("flange_left", "length", "0 mm", "Outside height of the left flange; 0 for none."),
            new("flange_right", "length", "0 mm", "Outside height of the right flange; 0 for none."),
            new("thickness", "length", null, "Sheet thickness."),
            new("bend_radius", "length", null, "Inside bend radius."),
            new("k_factor", "number", "0.44", "Neutral-axis position as a fraction of thickness (0 to 0.5)."),
            new("hole_diameter", "length", "0 mm", "Diameter of four holes near the base corners; 0 for none."),
            new("hole_inset", "length", "10 mm", "Distance of the base holes from the start of the bends."),
            new("back_hole_diameter", "length", "0 mm", "Diameter of two mounting holes in the back flange; 0 for none."),
            new("side_hole_diameter", "length", "0 mm", "Diameter of holes in the left and right flanges (screws, rivet nuts); 0 for none."),
            new("side_hole_offset", "length", "6 mm", "Distance of the side holes' centres from the flanges' free edges."),
            new("side_hole_spacing", "length", "0 mm", "Distance between the two holes of each side flange, centred; 0 for one hole in the middle."),
        ]);

    protected override GeneratorOutput Generate(ReadOnlySpan<double> a, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        double width = a[0], depth = a[1], t = a[6], r = a[7], k = a[8];
        double holeD = a[9], inset = a[10], backHoleD = a[11], sideHoleD = a[12], sideOffset = a[13], sideSpacing = a[14];
        string[] names = ["flange_front", "flange_back", "flange_left", "flange_right"];
        if (t <= 0)
        {
            return GeneratorOutput.Refuse($"thickness must be positive, not {Mm(t)}", "thickness");
        }
        if (r < 0)
        {
            return GeneratorOutput.Refuse($"bend_radius cannot be negative ({Mm(r)})", "bend_radius");
        }
        if (k is < 0 or > 0.5)
        {
            return GeneratorOutput.Refuse($"k_factor must be between 0 and 0.5, not {Format.Number(k)}", "k_factor");
        }
        var setback = t + r;
        var allowance = Math.PI / 2 * (r + (k * t));
        var extension = new double[4];
        for (var i = 0; i < 4; i++)
        {
            var h = a[2 + i];
            if (h < 0 || (h > 0 && h <= setback))
            {
                return GeneratorOutput.Refuse($"{names[i]} must be 0 or longer than thickness + bend radius ({Mm(setback)}), not {Mm(h)}", names[i]);
            }
            extension[i] = h > 0 ? allowance + h - setback : 0;
        }
        var baseWidth = width - (a[4] > 0 ? setback : 0) - (a[5] > 0 ? setback : 0);
        var baseDepth = depth - (a[2] > 0 ? setback : 0) - (a[3] > 0 ? setback : 0);
        if (baseWidth <= 0 || baseDepth <= 0)
        {
            return GeneratorOutput.Refuse($"width and depth must exceed the bend setbacks ({Mm(setback)} per flanged side)", "width", "depth");
        }
        double front = extension[0], back = extension[1], left = extension[2], right = extension[3];
        var outline = Polygon.Simplify(
        [
            new(0, -front), new(baseWidth, -front), new(baseWidth, 0), new(baseWidth + right, 0),
            new(baseWidth + right, baseDepth), new(baseWidth, baseDepth), new(baseWidth, baseDepth + back), new(0, baseDepth + back),
            new(0, baseDepth), new(-left, baseDepth), new(-left, 0), new(0, 0),
        ]);
        var bends = new List<(Point2, Point2)>();
        var mid = allowance / 2;
        if (front > 0)
        {
            bends.Add((new(0, -mid), new(baseWidth, -mid)));
        }
        if (back > 0)
        {
            bends.Add((new(0, baseDepth + mid), new(baseWidth, baseDepth + mid)));
        }
        if (left > 0)
        {
            bends.Add((new(-mid, 0), new(-mid, baseDepth)));
        }
        if (right > 0)
        {
            bends.Add((new(baseWidth + mid, 0), new(baseWidth + mid, baseDepth)));
        }
        var holes = new List<(Point2, double)>();
        if (holeD > 0)
        {
            if (inset - (holeD / 2) < t || 2 * inset >= Math.Min(baseWidth, baseDepth))
            {
                return GeneratorOutput.Refuse($"base holes of {Mm(holeD)} at {Mm(inset)} from the bends do not fit in a flat base of {Mm(baseWidth)} × {Mm(baseDepth)}", "hole_diameter", "hole_inset");
            }
            holes.AddRange([(new(inset, inset), holeD / 2), (new(baseWidth - inset, inset), holeD / 2), (new(baseWidth - inset, baseDepth - inset), holeD / 2), (new(inset, baseDepth - inset), holeD / 2)]);
        }
        if (backHoleD > 0)
        {
            var flat = back - allowance;
            if (back <= 0 || backHoleD >= flat - (2 * t))
            {
                return GeneratorOutput.Refuse($"back holes of {Mm(backHoleD)} need a back flange whose flat part is wider than the hole plus twice the thickness", "back_hole_diameter", "flange_back");
            }
            var y = baseDepth + allowance + (flat / 2);
            holes.AddRange([(new(baseWidth / 4, y), backHoleD / 2), (new(baseWidth * 3 / 4, y), backHoleD / 2)]);
        }
        if (sideHoleD > 0)
        {
            var refusal = SideHoles(holes, sideHoleD, sideOffset, sideSpacing, t, left, right, allowance, baseWidth, baseDepth);
            if (refusal is not null)
            {
                return refusal;
            }
        }
        return GeneratorOutput.Of(new Drawing(
            [Polygon.Translate(outline, left, front)],
            [.. holes.Select(h => (new Point2(h.Item1.X + left, h.Item1.Y + front), h.Item2))],
            [.. bends.Select(b => (new Point2(b.Item1.X + left, b.Item1.Y + front), new Point2(b.Item2.X + left, b.Item2.Y + front)))],
            baseWidth + left + right,
            baseDepth + front + back));
    }

    /// <summary>
    /// Holes in the left and right flanges, measured from the free edge so that a lid's holes and a
    /// body's holes line up when both are given the same spacing.
    /// </summary>
    private static GeneratorOutput? SideHoles(List<(Point2, double)> holes, double diameter, double offset, double spacing, double t, double left, double right, double allowance, double baseWidth, double baseDepth)
    {
        var flat = Math.Min(left, right) - allowance;
        if (left <= 0 || right <= 0 || offset - (diameter / 2) < t || offset + (diameter / 2) > flat - t)
        {
            return GeneratorOutput.Refuse($"side holes of {Mm(diameter)} at {Mm(offset)} from the edge need left and right flanges whose flat part is at least {Mm(offset + (diameter / 2) + t)} long", "side_hole_diameter", "side_hole_offset", "flange_left", "flange_right");
        }
        if (spacing < 0 || (spacing / 2) + diameter > baseDepth / 2)
        {
            return GeneratorOutput.Refuse($"side holes {Mm(spacing)} apart do not fit in flanges {Mm(baseDepth)} long", "side_hole_spacing");
        }
        var middle = baseDepth / 2;
        double[] ys = spacing > 0 ? [middle - (spacing / 2), middle + (spacing / 2)] : [middle];
        foreach (var y in ys)
        {
            holes.Add((new Point2(-left + offset, y), diameter / 2));
            holes.Add((new Point2(baseWidth + right - offset, y), diameter / 2));
        }
        return null;
    }
}
