namespace Microfactory.Design.Geometry;

/// <summary>Ear-clipping triangulation of a simple counter-clockwise polygon (O(n²), fine for the tens of vertices of a profile).</summary>
internal static class Triangulator
{
    /// <summary>Triangles as index triples into <paramref name="polygon"/>, each counter-clockwise.</summary>
    public static List<(int A, int B, int C)> Triangulate(IReadOnlyList<Point2> polygon)
    {
        var remaining = Enumerable.Range(0, polygon.Count).ToList();
        var triangles = new List<(int, int, int)>(polygon.Count - 2);
        var guard = polygon.Count * polygon.Count;
        while (remaining.Count > 3 && guard-- > 0)
        {
            for (var i = 0; i < remaining.Count; i++)
            {
                var prev = remaining[(i + remaining.Count - 1) % remaining.Count];
                var curr = remaining[i];
                var next = remaining[(i + 1) % remaining.Count];
                if (IsEar(polygon, remaining, prev, curr, next))
                {
                    triangles.Add((prev, curr, next));
                    remaining.RemoveAt(i);
                    break;
                }
            }
        }
        triangles.Add((remaining[0], remaining[1], remaining[2]));
        return triangles;
    }

    private static bool IsEar(IReadOnlyList<Point2> polygon, List<int> remaining, int prev, int curr, int next)
    {
        Point2 a = polygon[prev], b = polygon[curr], c = polygon[next];
        if (Cross(a, b, c) <= 1e-12)
        {
            return false; // reflex or degenerate corner
        }
        foreach (var index in remaining)
        {
            if (index != prev && index != curr && index != next && Inside(polygon[index], a, b, c))
            {
                return false;
            }
        }
        return true;
    }

    private static double Cross(Point2 a, Point2 b, Point2 c) => ((b.X - a.X) * (c.Y - a.Y)) - ((b.Y - a.Y) * (c.X - a.X));

    private static bool Inside(Point2 p, Point2 a, Point2 b, Point2 c) =>
        Cross(a, b, p) >= 0 && Cross(b, c, p) >= 0 && Cross(c, a, p) >= 0;
}
