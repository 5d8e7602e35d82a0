using System.Globalization;
using System.Xml.Linq;
using Microfactory.Design.Geometry;

namespace Microfactory.Design.Tests.TestSupport;

/// <summary>Reads back what the SVG writer produces: size, cut paths (M/L/Z), holes, bend lines and engraving strokes (M/L), in y-up millimetres.</summary>
internal sealed record SvgDocument(string Width, string Height, string ViewBox, List<List<Point2>> Contours, List<(Point2 Center, double Radius)> Holes, List<(Point2 From, Point2 To)> Bends, List<List<Point2>> Engraving)
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static SvgDocument Read(ReadOnlyMemory<byte> bytes)
    {
        var root = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes.Span)).Root!;
        Assert.Equal(Ns + "svg", root.Name);
        // The viewBox is the drawing padded on every side ("-p -p w+2p h+2p"); y is flipped about the drawing's height.
        var viewBox = root.Attribute("viewBox")!.Value.Split(' ').Select(Number).ToArray();
        Assert.Equal(viewBox[0], viewBox[1]);
        var height = viewBox[3] + (2 * viewBox[1]);
        var cut = root.Elements(Ns + "g").Single(g => (string?)g.Attribute("id") == "CUT");
        var bend = root.Elements(Ns + "g").Single(g => (string?)g.Attribute("id") == "BEND");
        var contours = new List<List<Point2>>();
        foreach (var path in cut.Elements(Ns + "path"))
        {
            var d = path.Attribute("d")!.Value;
            Assert.StartsWith("M", d, StringComparison.Ordinal);
            Assert.EndsWith("Z", d, StringComparison.Ordinal);
            var points = d.TrimEnd('Z').Trim().Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Trim().Split(' '))
                .Select(xy => new Point2(Number(xy[0]), height - Number(xy[1])))
                .ToList();
            contours.Add(points);
        }
        var holes = cut.Elements(Ns + "circle")
            .Select(c => (new Point2(Number(c.Attribute("cx")!.Value), height - Number(c.Attribute("cy")!.Value)), Number(c.Attribute("r")!.Value)))
            .ToList();
        var bends = bend.Elements(Ns + "line")
            .Select(l => (new Point2(Number(l.Attribute("x1")!.Value), height - Number(l.Attribute("y1")!.Value)), new Point2(Number(l.Attribute("x2")!.Value), height - Number(l.Attribute("y2")!.Value))))
            .ToList();
        var engrave = root.Elements(Ns + "g").SingleOrDefault(g => (string?)g.Attribute("id") == "ENGRAVE");
        var engraving = engrave?.Elements(Ns + "path").Select(path =>
        {
            var d = path.Attribute("d")!.Value;
            Assert.DoesNotContain("Z", d, StringComparison.Ordinal);
            return d.Trim().Split(['M', 'L'], StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Trim().Split(' '))
                .Select(xy => new Point2(Number(xy[0]), height - Number(xy[1])))
                .ToList();
        }).ToList() ?? [];
        return new SvgDocument(root.Attribute("width")!.Value, root.Attribute("height")!.Value, root.Attribute("viewBox")!.Value, contours, holes, bends, engraving);
    }

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
