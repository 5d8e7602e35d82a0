namespace Microfactory.Design.Geometry;

/// <summary>Small helpers over simple polygons given as vertex lists.</summary>
internal static class Polygon
{
    /// <summary>Signed area (shoelace): positive for counter-clockwise order with y up.</summary>
    public static double SignedArea(IReadOnlyList<Point2> points)
    {
        var sum = 0.0;
        for (var i = 0; i < points.Count; i++)
        {
            var a = points[i];
            var b = points[(i + 1) % points.Count];
            sum += (a.X * b.Y) - (b.X * a.Y);
        }
        return sum / 2;
    }

    /// <summary>Removes repeated points and points in the middle of a straight run.</summary>
    public static List<Point2> Simplify(IReadOnlyList<Point2> points, double tolerance = 1e-9)
    {
        var unique = new List<Point2>(points.Count);
        foreach (var p in points)
        {
            if (unique.Count == 0 || Distance(unique[^1], p) > tolerance)
            {
                unique.Add(p);
            }
        }
        while (unique.Count > 1 && Distance(unique[0], unique[^1]) <= tolerance)
        {
            unique.RemoveAt(unique.Count - 1);
        }
        var changed = true;
        while (changed && unique.Count > 3)
        {
            changed = false;
            for (var i = 0; i < unique.Count && unique.Count > 3; i++)
            {
                var prev = unique[(i + unique.Count - 1) % unique.Count];
                var next = unique[(i + 1) % unique.Count];
                var p = unique[i];
                var cross = ((p.X - prev.X) * (next.Y - p.Y)) - ((p.Y - prev.Y) * (next.X - p.X));
                if (Math.Abs(cross) <= tolerance)
                {
                    unique.RemoveAt(i);
                    changed = true;
                    i--;
                }
            }
        }
        return unique;
    }

    /// <summary>
    /// Offsets a counter-clockwise rectilinear polygon outward by <paramref name="distance"/>: every
    /// edge moves along its outward normal, every corner to the intersection of its moved edges.
    /// Used for laser kerf compensation, where the beam removes half the kerf on each side of the path.
    /// </summary>
    public static List<Point2> OffsetRectilinear(IReadOnlyList<Point2> points, double distance)
    {
        var result = new List<Point2>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            var prev = points[(i + points.Count - 1) % points.Count];
            var p = points[i];
            var next = points[(i + 1) % points.Count];
            var (inX, inY) = Normal(prev, p);
            var (outX, outY) = Normal(p, next);
            result.Add(new Point2(p.X + (distance * (inX + outX)), p.Y + (distance * (inY + outY))));
        }
        return result;
    }

    /// <summary>Outward unit normal of an axis-parallel edge of a counter-clockwise polygon.</summary>
    private static (double X, double Y) Normal(Point2 from, Point2 to)
    {
        var dx = Math.Sign(to.X - from.X);
        var dy = Math.Sign(to.Y - from.Y);
        return (dy, -dx);
    }

    public static List<Point2> Translate(IEnumerable<Point2> points, double dx, double dy) =>
        [.. points.Select(p => new Point2(p.X + dx, p.Y + dy))];

    private static double Distance(Point2 a, Point2 b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
