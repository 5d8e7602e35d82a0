using Microfactory.Design.Geometry;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Geometry;

public sealed class FingerJointBoxGeneratorTests
{
    private const double W = 300, D = 200, H = 120, T = 6, Gap = 5;

    private static readonly Drawing Box = new FingerJointBoxGenerator().Generate([W, D, H, T, 18, Gap, 0]).Drawing!;

    // Layout: front, back, bottom in row 0; left, right in row 1 (see the generator).
    private static List<Point2> Front => Box.Contours[0].ToList();

    private static List<Point2> Bottom => Polygon.Translate(Box.Contours[2], -2 * (W + Gap), 0);

    private static List<Point2> Side => Polygon.Translate(Box.Contours[3], 0, -(Math.Max(H, D) + Gap));

    [Fact]
    public void Generate_FivePanels_EachClosedCounterClockwiseAndSimple()
    {
        var dxf = DxfDocument.Read(DxfWriter.Write(Box));

        Assert.Equal(5, dxf.Polylines.Count);
        Assert.All(dxf.Polylines, p =>
        {
            Assert.True(p.Closed);
            Assert.True(Geometry2.SignedArea(p.Points) > 0);
            Assert.True(Geometry2.IsSimple(p.Points));
        });
    }

    [Fact]
    public void Generate_Panels_OutsideDimensionsMatchTheBox()
    {
        Assert.Equal((0, 0, W, H), Geometry2.Bounds(Front));
        Assert.Equal((0, 0, W, D), Geometry2.Bounds(Bottom));
        Assert.Equal((0, 0, D, H), Geometry2.Bounds(Side));
    }

    [Fact]
    public void Generate_PanelsInLayout_DoNotOverlap()
    {
        var boxes = Box.Contours.Select(Geometry2.Bounds).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var overlap = boxes[i].MinX < boxes[j].MaxX && boxes[j].MinX < boxes[i].MaxX && boxes[i].MinY < boxes[j].MaxY && boxes[j].MinY < boxes[i].MaxY;
                Assert.False(overlap, $"panels {i} and {j} overlap");
            }
        }
        Assert.All(boxes, b => Assert.True(b.MaxX <= Box.Width + 1e-9 && b.MaxY <= Box.Height + 1e-9));
    }

    [Fact]
    public void Generate_FrontAndBottom_FingersAreExactComplements()
    {
        // Along the shared edge, every point of the joint strip belongs to exactly one of the two panels.
        for (var x = 0.25; x < W; x += 0.5)
        {
            var inFront = Geometry2.Contains(Front, new(x, T / 2));
            var inBottom = Geometry2.Contains(Bottom, new(x, T / 2));
            Assert.True(inFront ^ inBottom, $"x = {x}: front {inFront}, bottom {inBottom}");
        }
    }

    [Fact]
    public void Generate_SideAndBottom_FingersAreExactComplements()
    {
        for (var y = 0.25; y < D; y += 0.5)
        {
            var inSide = Geometry2.Contains(Side, new(y, T / 2));
            var inBottom = Geometry2.Contains(Bottom, new(T / 2, y));
            var inFrontOrBack = y < T || y > D - T;
            Assert.True(inSide ^ inBottom ^ inFrontOrBack, $"y = {y}: side {inSide}, bottom {inBottom}");
            Assert.False(inSide && inBottom);
        }
    }

    [Fact]
    public void Generate_FrontAndSide_VerticalFingersAreExactComplements()
    {
        for (var z = T + 0.25; z < H; z += 0.5)
        {
            var inFront = Geometry2.Contains(Front, new(T / 2, z));
            var inSide = Geometry2.Contains(Side, new(T / 2, z));
            Assert.True(inFront ^ inSide, $"z = {z}: front {inFront}, side {inSide}");
        }
    }

    [Fact]
    public void Generate_Fingers_OddCountCloseToNominalWidth()
    {
        // Bottom edge of the front: tabs (depth T) alternate with gaps; count the tabs below the inner line.
        var tabs = 0;
        var inside = false;
        for (var x = T + 0.25; x < W - T; x += 0.5)
        {
            var now = Geometry2.Contains(Front, new(x, T / 2));
            if (now && !inside)
            {
                tabs++;
            }
            inside = now;
        }
        var segments = (2 * tabs) - 1;
        Assert.Equal(1, segments % 2);
        Assert.InRange((W - (2 * T)) / segments, 18, 2 * 18);
    }

    [Fact]
    public void Generate_BoxTooSmallForItsThickness_Refused()
    {
        var output = new FingerJointBoxGenerator().Generate([40, 200, 120, 9, 0, 5, 0]);

        Assert.Equal(["width"], output.ProblemArguments);
    }

    [Fact]
    public void Generate_Kerf_OffsetsEveryOutlineOutwardByHalfTheKerf()
    {
        const double kerf = 0.2;
        var compensated = new FingerJointBoxGenerator().Generate([W, D, H, T, 18, Gap, kerf]).Drawing!;

        Assert.Equal(Box.Width + kerf, compensated.Width, 9);
        for (var i = 0; i < Box.Contours.Count; i++)
        {
            var plain = Box.Contours[i];
            var grown = compensated.Contours[i];
            var (minX, minY, maxX, maxY) = Geometry2.Bounds(plain);
            var bounds = Geometry2.Bounds(grown);
            Assert.Equal(minX, bounds.MinX, 9);
            Assert.Equal(minY, bounds.MinY, 9);
            Assert.Equal(maxX + kerf, bounds.MaxX, 9);
            Assert.Equal(maxY + kerf, bounds.MaxY, 9);
            // A simple rectilinear outline offset by δ gains perimeter·δ + 4δ².
            var perimeter = plain.Select((p, j) => Math.Abs(plain[(j + 1) % plain.Count].X - p.X) + Math.Abs(plain[(j + 1) % plain.Count].Y - p.Y)).Sum();
            Assert.Equal(Geometry2.SignedArea(plain) + (perimeter * kerf / 2) + (kerf * kerf), Geometry2.SignedArea(grown), 6);
            Assert.True(Geometry2.IsSimple(grown));
        }
    }

    [Fact]
    public void Generate_KerfLargerThanAQuarterOfTheThickness_Refused()
    {
        var output = new FingerJointBoxGenerator().Generate([W, D, H, T, 18, Gap, 2]);

        Assert.Equal(["kerf"], output.ProblemArguments);
    }

    [Fact]
    public void WriteSvg_Box_ReadsBackFivePanelsWithoutBendLines()
    {
        var svg = SvgDocument.Read(SvgWriter.Write(Box));

        Assert.Equal(5, svg.Contours.Count);
        Assert.Empty(svg.Bends);
        Assert.EndsWith("mm", svg.Width, StringComparison.Ordinal);
    }
}
