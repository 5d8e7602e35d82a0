using Microfactory.Design.Geometry;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Geometry;

public sealed class SheetMetalTrayGeneratorTests
{
    private static readonly SheetMetalTrayGenerator Generator = new();

    // width, depth, front, back, left, right, thickness, radius, k, hole d, hole inset, back hole d[, side hole d, offset, spacing]
    private static Drawing Draw(params double[] args)
    {
        var output = Generator.Generate([.. args, .. new double[] { 0, 6, 0 }.Skip(args.Length - 12)]);
        Assert.Null(output.Problem);
        return output.Drawing!;
    }

    [Fact]
    public void Generate_FourFlanges_FlatSizeFollowsBendAllowance()
    {
        var drawing = Draw(160, 120, 60, 60, 60, 60, 1.5, 1.5, 0.44, 6, 15, 0);

        var allowance = Math.PI / 2 * (1.5 + (0.44 * 1.5));
        var flange = allowance + 60 - 3;
        Assert.Equal(160 - 6 + (2 * flange), drawing.Width, 9);
        Assert.Equal(120 - 6 + (2 * flange), drawing.Height, 9);
    }

    [Fact]
    public void WriteDxf_FourFlanges_ReadsBackClosedCounterClockwiseOutlineOfTheRightSize()
    {
        var drawing = Draw(160, 120, 60, 60, 60, 60, 1.5, 1.5, 0.44, 6, 15, 0);

        var dxf = DxfDocument.Read(DxfWriter.Write(drawing));

        Assert.Equal("AC1009", dxf.Header["$ACADVER"].Single().Value);
        Assert.Equal("4", dxf.Header["$INSUNITS"].Single().Value);
        Assert.Equal(["HEADER", "TABLES", "ENTITIES"], dxf.Sections);
        Assert.Contains("CUT", dxf.Layers);
        Assert.Contains("BEND", dxf.Layers);
        var (layer, closed, points) = Assert.Single(dxf.Polylines);
        Assert.Equal("CUT", layer);
        Assert.True(closed);
        Assert.Equal(12, points.Count);
        Assert.True(Geometry2.SignedArea(points) > 0, "outline must be counter-clockwise");
        Assert.True(Geometry2.IsSimple(points));
        var (minX, minY, maxX, maxY) = Geometry2.Bounds(points);
        Assert.Equal((0, 0), (minX, minY));
        Assert.Equal(drawing.Width, maxX, 3);
        Assert.Equal(drawing.Height, maxY, 3);
        var flange = (Math.PI / 2 * (1.5 + 0.66)) + 57;
        var expectedArea = (drawing.Width * drawing.Height) - (4 * flange * flange);
        Assert.Equal(expectedArea, Geometry2.SignedArea(points), 1);
    }

    [Fact]
    public void WriteDxf_BendLines_OnBendLayerInsideTheOutlineAtBendZoneCentre()
    {
        var drawing = Draw(160, 120, 60, 60, 60, 60, 1.5, 1.5, 0.44, 0, 10, 0);

        var dxf = DxfDocument.Read(DxfWriter.Write(drawing));

        Assert.Equal(4, dxf.Lines.Count);
        Assert.All(dxf.Lines, l => Assert.Equal("BEND", l.Layer));
        var outline = dxf.Polylines[0].Points;
        var flange = (Math.PI / 2 * (1.5 + 0.66)) + 57;
        var halfAllowance = Math.PI / 4 * (1.5 + 0.66);
        var front = dxf.Lines.Single(l => Math.Abs(l.From.Y - l.To.Y) < 1e-9 && l.From.Y < drawing.Height / 2);
        Assert.Equal(flange - halfAllowance, front.From.Y, 3);
        Assert.Equal(160 - 6, Math.Abs(front.To.X - front.From.X), 3);
        Assert.All(dxf.Lines, l => Assert.True(Geometry2.Contains(outline, new((l.From.X + l.To.X) / 2, (l.From.Y + l.To.Y) / 2))));
    }

    [Fact]
    public void WriteDxf_Holes_CirclesOnCutLayerInsideTheBase()
    {
        var drawing = Draw(160, 120, 60, 60, 60, 60, 1.5, 1.5, 0.44, 6, 15, 0);

        var dxf = DxfDocument.Read(DxfWriter.Write(drawing));

        Assert.Equal(4, dxf.Circles.Count);
        Assert.All(dxf.Circles, c => Assert.Equal(("CUT", 3.0), (c.Layer, c.Radius)));
        Assert.All(dxf.Circles, c => Assert.True(Geometry2.Contains(dxf.Polylines[0].Points, c.Center)));
    }

    [Fact]
    public void WriteSvg_SameDrawing_MillimetreSizeAndSameOutlineAsDxf()
    {
        var drawing = Draw(600, 180, 20, 60, 20, 20, 1.5, 3, 0.42, 0, 10, 6);

        var svg = SvgDocument.Read(SvgWriter.Write(drawing));
        var dxf = DxfDocument.Read(DxfWriter.Write(drawing));

        // Padded by the stroke width on every side, so the outer strokes are drawn whole.
        Assert.Equal(Format.Number(drawing.Width + 0.2) + "mm", svg.Width);
        Assert.Equal(Format.Number(drawing.Height + 0.2) + "mm", svg.Height);
        Assert.Equal($"-0.1 -0.1 {Format.Number(drawing.Width + 0.2)} {Format.Number(drawing.Height + 0.2)}", svg.ViewBox);
        var svgOutline = Assert.Single(svg.Contours);
        Assert.Equal(dxf.Polylines[0].Points.Count, svgOutline.Count);
        Assert.All(svgOutline.Zip(dxf.Polylines[0].Points), pair =>
        {
            Assert.Equal(pair.Second.X, pair.First.X, 3);
            Assert.Equal(pair.Second.Y, pair.First.Y, 3);
        });
        Assert.True(Geometry2.SignedArea(svgOutline) > 0);
        Assert.Equal(4, svg.Bends.Count);
        Assert.Equal(2, svg.Holes.Count);
        Assert.All(svg.Holes, h => Assert.True(h.Center.Y > drawing.Height - 60, "back holes sit in the back flange"));
    }

    [Fact]
    public void Generate_SideHoles_LidAndBodyHolesLineUpWhenBent()
    {
        // Body 160 × 120 × 60, lid 164 × 124 × 15 (t = 1.5, 0.5 mm clearance a side): holes 6 mm from the lid's free edge.
        const double t = 1.5, spacing = 60, lidHeight = 15, lidOffset = 6;
        var body = Draw(160, 120, 60, 60, 60, 60, t, t, 0.44, 0, 10, 0, 6, lidHeight - lidOffset - t, spacing);
        var lid = Draw(164, 124, lidHeight, lidHeight, lidHeight, lidHeight, t, t, 0.44, 0, 10, 0, 4.5, lidOffset, spacing);

        Assert.Equal(4, body.Holes.Count);
        Assert.Equal(4, lid.Holes.Count);
        Assert.All(body.Holes, h => Assert.True(Geometry2.Contains(body.Contours[0], h.Center)));
        Assert.All(lid.Holes, h => Assert.True(Geometry2.Contains(lid.Contours[0], h.Center)));
        // The lid's top sheet rests on the body's top edge, so a lid hole sits (lid height - its offset - t) below that edge.
        var bodyOffset = body.Width - body.Holes.Max(h => h.Center.X);
        var lidHoleOffset = lid.Width - lid.Holes.Max(h => h.Center.X);
        Assert.Equal(lidOffset, lidHoleOffset, 9);
        Assert.Equal(lidHeight - lidHoleOffset - t, bodyOffset, 6);
        // Along the flange, both pairs sit spacing apart around the middle.
        var bodyYs = body.Holes.Select(h => h.Center.Y - (body.Height / 2)).Distinct().Order().ToList();
        var lidYs = lid.Holes.Select(h => h.Center.Y - (lid.Height / 2)).Distinct().Order().ToList();
        Assert.Equal(bodyYs, lidYs);
        Assert.Equal(spacing, bodyYs[1] - bodyYs[0], 9);
    }

    [Fact]
    public void Generate_SideHolesTooCloseToTheEdge_Refused()
    {
        var output = Generator.Generate([160, 120, 60, 60, 60, 60, 1.5, 1.5, 0.44, 0, 10, 0, 6, 2, 0]);

        Assert.Contains("side_hole_offset", output.ProblemArguments);
    }

    [Fact]
    public void Generate_TwoFlanges_OutlineIsAStripWithBendLinesOnlyWhereFlanged()
    {
        var drawing = Draw(300, 100, 25, 25, 0, 0, 2, 2, 0.4, 0, 10, 0);

        Assert.Equal(4, drawing.Contours[0].Count);
        Assert.Equal(2, drawing.BendLines.Count);
        Assert.Equal(300, drawing.Width, 9);
    }

    [Theory]
    [InlineData(2.0, "flange_front")]
    [InlineData(-1.0, "flange_front")]
    public void Generate_FlangeShorterThanSetback_RefusedNamingTheArgument(double flange, string argument)
    {
        var output = Generator.Generate([160, 120, flange, 60, 60, 60, 1.5, 1.5, 0.44, 0, 10, 0, 0, 6, 0]);

        Assert.Null(output.Drawing);
        Assert.Contains(argument, output.ProblemArguments);
        Assert.Contains("longer than thickness + bend radius", output.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_KFactorOutOfRange_Refused()
    {
        var output = Generator.Generate([160, 120, 60, 60, 60, 60, 1.5, 1.5, 0.7, 0, 10, 0, 0, 6, 0]);

        Assert.Equal(["k_factor"], output.ProblemArguments);
    }

    [Fact]
    public void Generate_HolesThatDoNotFit_Refused()
    {
        var output = Generator.Generate([60, 60, 20, 20, 20, 20, 1.5, 1.5, 0.44, 6, 40, 0, 0, 6, 0]);

        Assert.Contains("hole_inset", output.ProblemArguments);
    }
}
