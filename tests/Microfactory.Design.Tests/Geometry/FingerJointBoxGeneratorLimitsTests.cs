using Microfactory.Design.Geometry;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Geometry;

/// <summary>The finger-jointed box refuses work beyond its bounds before doing it, and engraves real single-stroke lettering.</summary>
public sealed class FingerJointBoxGeneratorLimitsTests
{
    private const double W = 300, D = 200, H = 120, T = 6, Gap = 5;

    private static readonly FingerJointBoxGenerator Generator = new();

    [Fact]
    public void Generate_FingersOfAQuarterOfAHundredthMillimetre_RefusedNamingFingerWidthAndSide()
    {
        // The attack: 0.025 mm fingers on a 600 mm box took 18 s and 410 MB before; now it is refused before any outline is built.
        var output = Generator.Generate([600, 400, 300, 6, 0.025, Gap, 0.15]);

        Assert.Null(output.Drawing);
        Assert.Equal(["finger_width", "width"], output.ProblemArguments);
        Assert.Equal("finger_width 0.025 mm means 23,520 fingers along the width; a joint has at most 255, so use fingers of at least 2.31 mm", output.Problem);
    }

    [Fact]
    public void Generate_FingerCountBeyondTheIntegerRange_RefusedNotOverflowed()
    {
        var output = Generator.Generate([600, 400, 300, 6, 1e-12, Gap, 0]);

        Assert.Equal(["finger_width", "width"], output.ProblemArguments);
        Assert.Contains("5.88E+14 fingers", output.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_TinyThicknessWithDefaultFingers_NamesTheThickness()
    {
        var output = Generator.Generate([600, 400, 300, 0.001, 0, Gap, 0]);

        Assert.Equal(["thickness", "width"], output.ProblemArguments);
        Assert.StartsWith("fingers of three times the thickness (0.003 mm)", output.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_MostFingersAllowed_StaysUnderTheElementBound()
    {
        // About 255 fingers along every joint (598 mm / 2.35 mm, made odd).
        var drawing = Generator.Generate([600, 600, 600, 1, 2.35, Gap, 0]).Drawing!;

        Assert.InRange(drawing.ElementCount, 1, GeneratorLimits.MaxElements);
    }

    [Fact]
    public void Generate_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Generator.Generate([W, D, H, T, 18, Gap, 0], cancelled.Token));
    }

    [Fact]
    public void Generate_Engraving_CentredSingleStrokesInsideTheFrontPanelsFace()
    {
        var drawing = Generator.Generate([W, D, H, T, 18, Gap, 0, 0, 10], ("engrave_text", "BOX 10")).Drawing!;

        Assert.NotEmpty(drawing.Engraving);
        var points = drawing.Engraving.SelectMany(s => s).ToList();
        var (minX, minY, maxX, maxY) = (points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
        Assert.Equal(W / 2, (minX + maxX) / 2, 6);
        Assert.Equal(T + ((H - T) / 2), (minY + maxY) / 2, 6);
        Assert.Equal(10, maxY - minY, 6); // capitals only: exactly the asked height
        Assert.True(minX > T && maxX < W - T && minY > T && maxY < H, "inside the face between the joints");
        Assert.All(drawing.Engraving, s => Assert.True(s.Count >= 2));
    }

    [Fact]
    public void Generate_LongEngraving_ShrinksToFitTheFace()
    {
        var text = new string('M', 40);

        var drawing = Generator.Generate([W, D, H, T, 18, Gap, 0, 0, 10], ("engrave_text", text)).Drawing!;

        var points = drawing.Engraving.SelectMany(s => s).ToList();
        Assert.True(points.Min(p => p.X) >= T + 6 - 1e-9 && points.Max(p => p.X) <= W - T - 6 + 1e-9);
        Assert.InRange(points.Max(p => p.Y) - points.Min(p => p.Y), 3, 10);
    }

    [Fact]
    public void Generate_EngravingThatCannotFitLegibly_RefusedNamingTextAndSize()
    {
        var output = Generator.Generate([W, D, H, T, 18, Gap, 0, 0, 10], ("engrave_text", new string('x', 200)));

        Assert.Equal(["engrave_text", "width", "height"], output.ProblemArguments);
        Assert.Contains("does not fit the front panel at the smallest legible height of 3 mm", output.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_EngravingWithCharactersWithoutGlyphs_RefusedListingThem()
    {
        var output = Generator.Generate([W, D, H, T, 18, Gap, 0, 0, 10], ("engrave_text", "Café 盒"));

        Assert.Equal(["engrave_text"], output.ProblemArguments);
        Assert.EndsWith("not 'é' '盒'", output.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_EngravingWithKerf_MovesWithTheFrontPanel()
    {
        var plain = Generator.Generate([W, D, H, T, 18, Gap, 0, 0, 10], ("engrave_text", "A")).Drawing!;
        var kerfed = Generator.Generate([W, D, H, T, 18, Gap, 0.2, 0, 10], ("engrave_text", "A")).Drawing!;

        Assert.All(plain.Engraving.SelectMany(s => s).Zip(kerfed.Engraving.SelectMany(s => s)), pair =>
        {
            Assert.Equal(pair.First.X + 0.1, pair.Second.X, 9);
            Assert.Equal(pair.First.Y + 0.1, pair.Second.Y, 9);
        });
    }

    [Fact]
    public void WriteSvgAndDxf_Engraving_OnItsOwnLayerAsOpenPaths()
    {
        var drawing = Generator.Generate([W, D, H, T, 18, Gap, 0, 0, 10], ("engrave_text", "Shelf 3")).Drawing!;

        var svg = SvgDocument.Read(SvgWriter.Write(drawing));
        var dxf = DxfDocument.Read(DxfWriter.Write(drawing));

        Assert.Equal(drawing.Engraving.Count, svg.Engraving.Count);
        Assert.Contains("ENGRAVE", dxf.Layers);
        var engraved = dxf.Polylines.Where(p => p.Layer == "ENGRAVE").ToList();
        Assert.Equal(drawing.Engraving.Count, engraved.Count);
        Assert.All(engraved, p => Assert.False(p.Closed));
        Assert.Equal(5, dxf.Polylines.Count(p => p.Layer == "CUT"));
        Assert.All(svg.Engraving.Zip(engraved), pair => Assert.Equal(pair.First.Count, pair.Second.Points.Count));
    }
}
