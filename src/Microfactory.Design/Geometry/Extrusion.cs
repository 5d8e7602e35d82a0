namespace Microfactory.Design.Geometry;

/// <summary>
/// Extrudes a simple counter-clockwise profile drawn in the x–z plane along y into a closed
/// solid. Caps are triangulated; each side is two triangles. Orientation follows from the
/// profile's: a counter-clockwise (u, v) = (x, z) polygon has its right-hand normal along −y,
/// so the y = 0 cap keeps the order and the far cap reverses it.
/// </summary>
internal static class Extrusion
{
    public static Mesh Extrude(IReadOnlyList<Point2> profile, double length)
    {
        var n = profile.Count;
        var vertices = new List<Point3>(2 * n);
        vertices.AddRange(profile.Select(p => new Point3(p.X, 0, p.Y)));
        vertices.AddRange(profile.Select(p => new Point3(p.X, length, p.Y)));
        var triangles = new List<(int, int, int)>();
        foreach (var (a, b, c) in Triangulator.Triangulate(profile))
        {
            triangles.Add((a, b, c));
            triangles.Add((n + a, n + c, n + b));
        }
        for (var i = 0; i < n; i++)
        {
            var j = (i + 1) % n;
            triangles.Add((i, n + j, j));
            triangles.Add((i, n + i, n + j));
        }
        return new Mesh(vertices, triangles);
    }
}
