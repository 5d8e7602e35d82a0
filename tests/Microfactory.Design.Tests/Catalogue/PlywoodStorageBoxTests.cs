using System.Diagnostics;
using System.Text.Json;
using Microfactory.Design.Catalogue;
using Microfactory.Design.Evaluation;
using Microfactory.Design.Templates;
using Microfactory.Design.Tests.TestSupport;

namespace Microfactory.Design.Tests.Catalogue;

/// <summary>The shipped plywood box: its engraving is real geometry in both files, its preview is not clipped, and its texts agree with its routing.</summary>
public sealed class PlywoodStorageBoxTests
{
    private static readonly Template Box = TemplateDocument.Parse(ShippedTemplates.Find("plywood-storage-box")!.Yaml, DemoMaterials.Catalog).Template!;

    private static Design.Evaluation.Design Make(string label)
    {
        var result = TemplateEvaluator.Evaluate(Box, new Dictionary<string, string> { ["label"] = label }, DemoMaterials.Catalog);
        Assert.True(result.IsSuccess, string.Join("\n", result.Problems.Select(p => p.Message)));
        return result.Design!;
    }

    private static ReadOnlyMemory<byte> File(Design.Evaluation.Design design, string name) => design.Files.Single(f => f.FileName == name).Content;

    [Fact]
    public void Evaluate_Label_EngravedInTheSvgAndTheDxfAndScheduled()
    {
        var design = Make("Shelf 3");

        var svg = SvgDocument.Read(File(design, "panels.svg"));
        var dxf = DxfDocument.Read(File(design, "panels.dxf"));

        Assert.NotEmpty(svg.Engraving);
        var engraved = dxf.Polylines.Where(p => p.Layer == "ENGRAVE").ToList();
        Assert.Equal(svg.Engraving.Count, engraved.Count);
        // The lettering lies on the front panel, the first outline.
        var front = dxf.Polylines.First(p => p.Layer == "CUT").Points;
        Assert.All(engraved.SelectMany(p => p.Points), p => Assert.True(Geometry2.Contains(front, p)));
        Assert.Contains(design.Routing, r => r.Id == "engrave");
    }

    [Fact]
    public void Evaluate_NoLabel_NoEngravingAndNoEngraveStep()
    {
        var design = Make("");

        Assert.Empty(SvgDocument.Read(File(design, "panels.svg")).Engraving);
        Assert.DoesNotContain(DxfDocument.Read(File(design, "panels.dxf")).Polylines, p => p.Layer == "ENGRAVE");
        Assert.DoesNotContain(design.Routing, r => r.Id == "engrave");
    }

    [Fact]
    public void Evaluate_LabelWithoutGlyphs_ProblemNamesTheLabelParameter()
    {
        var result = TemplateEvaluator.Evaluate(Box, new Dictionary<string, string> { ["label"] = "Küche" }, DemoMaterials.Catalog);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(["label"], problem.Parameters);
        Assert.Contains("not 'ü'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_ViewBox_HoldsEveryStrokeWhole()
    {
        var design = Make("Shelf 3");
        var svg = SvgDocument.Read(File(design, "panels.svg"));

        var viewBox = svg.ViewBox.Split(' ').Select(SvgDocument.Number).ToArray();
        var half = 0.05; // half the 0.1 mm stroke
        var height = viewBox[3] + (2 * viewBox[1]);
        foreach (var p in svg.Contours.SelectMany(c => c).Concat(svg.Engraving.SelectMany(e => e)))
        {
            var y = height - p.Y; // back to SVG coordinates
            Assert.True(p.X - half >= viewBox[0] && p.X + half <= viewBox[0] + viewBox[2], $"x {p.X} is clipped");
            Assert.True(y - half >= viewBox[1] && y + half <= viewBox[1] + viewBox[3], $"y {y} is clipped");
        }
        Assert.Contains(svg.Contours.SelectMany(c => c), p => p.X == 0); // the outline does reach the drawing's edge
    }

    [Fact]
    public void Texts_DescriptionAndRouting_AgreeAboutClamping()
    {
        Assert.DoesNotContain("without clamps", Box.Metadata.Description, StringComparison.Ordinal);
        Assert.Contains("clamps for 20 minutes", Box.Metadata.Description, StringComparison.Ordinal);
        Assert.Contains("clamp for 20 min", Box.Routing.Single(r => r.Id == "assemble").Description, StringComparison.Ordinal);
    }

    /// <summary>
    /// An independent reader: Debian's python3-ezdxf reads the DXF and counts what is on each layer. The
    /// test needs it (test.sh installs it) and fails, never skips, when it is missing.
    /// </summary>
    [Fact]
    public void Dxf_ReadByEzdxf_HasCutOutlinesAndOpenEngravingPolylines()
    {
        var design = Make("Shelf 3");
        var path = Path.Combine(Path.GetTempPath(), $"mf-ezdxf-{Guid.NewGuid():N}.dxf");
        System.IO.File.WriteAllBytes(path, File(design, "panels.dxf").ToArray());
        try
        {
            const string script = """
                import json, sys
                import ezdxf
                doc = ezdxf.readfile(sys.argv[1])
                counts = {}
                for e in doc.modelspace():
                    key = e.dxf.layer + ":" + e.dxftype() + (":closed" if e.dxftype() == "POLYLINE" and e.is_closed else ":open" if e.dxftype() == "POLYLINE" else "")
                    counts[key] = counts.get(key, 0) + 1
                print(json.dumps({"layers": sorted(layer.dxf.name for layer in doc.layers), "counts": counts, "units": doc.header.get("$INSUNITS")}))
                """;
            var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(path);
            Assert.True(System.IO.File.Exists("/usr/bin/python3"), "this test reads the DXF with Debian's python3-ezdxf: apt-get install -y python3-ezdxf (test.sh does)");
            using var python = Process.Start(start)!;
            var output = python.StandardOutput.ReadToEnd();
            var error = python.StandardError.ReadToEnd();
            python.WaitForExit();
            Assert.True(python.ExitCode == 0, $"ezdxf could not read the file (apt-get install -y python3-ezdxf if it is missing): {error}");

            using var json = JsonDocument.Parse(output);
            var counts = json.RootElement.GetProperty("counts");
            var svgStrokes = SvgDocument.Read(File(design, "panels.svg")).Engraving.Count;
            Assert.Equal(5, counts.GetProperty("CUT:POLYLINE:closed").GetInt32());
            Assert.Equal(svgStrokes, counts.GetProperty("ENGRAVE:POLYLINE:open").GetInt32());
            Assert.Equal(2, counts.EnumerateObject().Count());
            Assert.Superset(new HashSet<string> { "CUT", "BEND", "ENGRAVE" }, json.RootElement.GetProperty("layers").EnumerateArray().Select(l => l.GetString()!).ToHashSet());
            Assert.Equal(4, json.RootElement.GetProperty("units").GetInt32());
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
