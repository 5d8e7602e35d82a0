using Microfactory.Design.Geometry;

namespace Microfactory.Design.Tests.Geometry;

public sealed class TriangulatorTests
{
    [Fact]
    public void Triangulate_ConcavePolygon_TrianglesCoverTheAreaCounterClockwise()
    {
        List<Point2> l = [new(0, 0), new(10, 0), new(10, 2), new(2, 2), new(2, 10), new(0, 10)];

        var triangles = Triangulator.Triangulate(l);

        Assert.Equal(l.Count - 2, triangles.Count);
        var total = triangles.Sum(t => Polygon.SignedArea([l[t.A], l[t.B], l[t.C]]));
        Assert.Equal(Polygon.SignedArea(l), total, 9);
        Assert.All(triangles, t => Assert.True(Polygon.SignedArea([l[t.A], l[t.B], l[t.C]]) > 0));
    }

    [Fact]
    public void Simplify_CollinearAndRepeatedPoints_Removed()
    {
        List<Point2> square = [new(0, 0), new(5, 0), new(10, 0), new(10, 0), new(10, 10), new(0, 10), new(0, 0)];

        Assert.Equal(4, Polygon.Simplify(square).Count);
    }
}
