using Microfactory.Design.Geometry;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Geometry;

public sealed class PhoneStandGeneratorTests
{
    private static readonly double Angle = 65 * Math.PI / 180;

    // width, depth, thickness, slot, lip, support length, angle
    private static Mesh Stand(double width = 70, double depth = 60) =>
        new PhoneStandGenerator().Generate([width, depth, 4, 12.5, 10, 90, Angle]).Mesh!;

    [Fact]
    public void WriteStl_Stand_HeaderCountAndZeroAttributes()
    {
        var mesh = Stand();

        var stl = StlMesh.Read(StlWriter.Write(mesh, "phone-stand 1.0.0"));

        Assert.StartsWith("Microfactory phone-stand 1.0.0", stl.Header, StringComparison.Ordinal);
        Assert.Equal(mesh.Triangles.Count, stl.Triangles.Count);
    }

    [Fact]
    public void WriteStl_Stand_ClosedWithEveryEdgeSharedInOppositeDirections()
    {
        var stl = StlMesh.Read(StlWriter.Write(Stand(), "t"));

        Assert.True(stl.IsClosedAndConsistent());
    }

    [Fact]
    public void WriteStl_Stand_NormalsOutwardAndMatchingTheWinding()
    {
        var stl = StlMesh.Read(StlWriter.Write(Stand(), "t"));

        Assert.True(stl.NormalsMatchWinding());
        Assert.True(stl.SignedVolume() > 0);
    }

    [Fact]
    public void WriteStl_Stand_VolumeIsProfileAreaTimesWidth()
    {
        var stl = StlMesh.Read(StlWriter.Write(Stand(width: 80), "t"));

        // Profile: base 60 × 4, lip 4 × 10, support a parallelogram of length 90 and thickness 4.
        var expectedArea = (60 * 4) + (4 * 10) + (90 * 4);
        Assert.Equal(expectedArea * 80, stl.SignedVolume(), 0);
    }

    [Fact]
    public void WriteStl_Stand_BoundsMatchTheParameters()
    {
        var stl = StlMesh.Read(StlWriter.Write(Stand(width: 80), "t"));

        var (min, max) = stl.Bounds();
        Assert.Equal(0, min.X, 4);
        Assert.Equal(0, min.Y, 4);
        Assert.Equal(0, min.Z, 4);
        Assert.Equal(80, max.Y, 3);
        Assert.Equal(4 + (90 * Math.Sin(Angle)), max.Z, 3);
    }

    [Fact]
    public void Generate_AngleOutsideRange_RefusedNamingAngle()
    {
        var output = new PhoneStandGenerator().Generate([70, 60, 4, 12.5, 10, 90, 30 * Math.PI / 180]);

        Assert.Equal(["angle"], output.ProblemArguments);
        Assert.Contains("30 deg", output.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_BaseTooShort_Refused()
    {
        var output = new PhoneStandGenerator().Generate([70, 20, 4, 12.5, 10, 90, Angle]);

        Assert.Contains("depth", output.ProblemArguments);
    }
}
