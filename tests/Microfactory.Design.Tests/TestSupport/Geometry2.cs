using Microfactory.Design.Geometry;

namespace Microfactory.Design.Tests.TestSupport;

/// <summary>Plane geometry checks for read-back outlines.</summary>
internal static class Geometry2
{
    public static double SignedArea(IReadOnlyList<Point2> points) => Polygon.SignedArea(points);

    public static (double MinX, double MinY, double MaxX, double MaxY) Bounds(IEnumerable<Point2> points)
    {
        var list = points.ToList();
        return (list.Min(p => p.X), list.Min(p => p.Y), list.Max(p => p.X), list.Max(p => p.Y));
    }

    /// <summary>Even-odd point-in-polygon test.</summary>
    public static bool Contains(IReadOnlyList<Point2> polygon, Point2 p)
    {
        var inside = false;
        for (int i = 0, j = polygon.Count - 1; i < polygon.Count; j = i++)
        {
            var a = polygon[i];
            var b = polygon[j];
            if ((a.Y > p.Y) != (b.Y > p.Y) && p.X < ((b.X - a.X) * (p.Y - a.Y) / (b.Y - a.Y)) + a.X)
            {
                inside = !inside;
            }
        }
        return inside;
    }

    /// <summary>True when no two non-adjacent edges cross (a simple polygon).</summary>
    public static bool IsSimple(IReadOnlyList<Point2> polygon)
    {
        var n = polygon.Count;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 2; j < n; j++)
            {
                if (i == 0 && j == n - 1)
                {
                    continue;
                }
                if (Cross(polygon[i], polygon[(i + 1) % n], polygon[j], polygon[(j + 1) % n]))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool Cross(Point2 a, Point2 b, Point2 c, Point2 d)
    {
        static double O(Point2 p, Point2 q, Point2 r) => ((q.X - p.X) * (r.Y - p.Y)) - ((q.Y - p.Y) * (r.X - p.X));
        return O(a, b, c) * O(a, b, d) < 0 && O(c, d, a) * O(c, d, b) < 0;
    }
}
