using System.Globalization;
using System.Text;
using Microfactory.Design.Geometry;

namespace Microfactory.Design.Tests.TestSupport;

/// <summary>Reads back an R12 ASCII DXF as group-code pairs: header variables, layers, polylines, circles and lines.</summary>
internal sealed class DxfDocument
{
    public Dictionary<string, List<(int Code, string Value)>> Header { get; } = new(StringComparer.Ordinal);

    public List<string> Layers { get; } = [];

    public List<(string Layer, bool Closed, List<Point2> Points)> Polylines { get; } = [];

    public List<(string Layer, Point2 Center, double Radius)> Circles { get; } = [];

    public List<(string Layer, Point2 From, Point2 To)> Lines { get; } = [];

    public List<string> Sections { get; } = [];

    public static DxfDocument Read(ReadOnlyMemory<byte> bytes)
    {
        var lines = Encoding.ASCII.GetString(bytes.Span).Split('\n');
        Assert.Equal("", lines[^1]);
        var pairs = new List<(int Code, string Value)>();
        for (var i = 0; i + 1 < lines.Length; i += 2)
        {
            pairs.Add((int.Parse(lines[i].Trim(), CultureInfo.InvariantCulture), lines[i + 1].Trim()));
        }
        Assert.Equal((0, "EOF"), pairs[^1]);
        var doc = new DxfDocument();
        string? section = null;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (code, value) = pairs[i];
            if (code == 2 && i > 0 && pairs[i - 1] == (0, "SECTION"))
            {
                section = value;
                doc.Sections.Add(value);
            }
            else if (section == "HEADER" && code == 9)
            {
                doc.Header[value] = [.. pairs.Skip(i + 1).TakeWhile(p => p.Code != 9 && p.Code != 0)];
            }
            else if (section == "TABLES" && code == 0 && value == "LAYER")
            {
                doc.Layers.Add(pairs[i + 1].Value);
            }
            else if (code == 0 && value == "ENDSEC")
            {
                section = null;
            }
            else if (section == "ENTITIES" && code == 0)
            {
                var fields = pairs.Skip(i + 1).TakeWhile(p => p.Code != 0).ToList();
                double F(int c) => double.Parse(fields.First(p => p.Code == c).Value, CultureInfo.InvariantCulture);
                var layer = fields.First(p => p.Code == 8).Value;
                switch (value)
                {
                    case "POLYLINE":
                        var closed = (int.Parse(fields.First(p => p.Code == 70).Value, CultureInfo.InvariantCulture) & 1) == 1;
                        var points = new List<Point2>();
                        var j = i + 1 + fields.Count;
                        while (pairs[j] == (0, "VERTEX"))
                        {
                            var vertex = pairs.Skip(j + 1).TakeWhile(p => p.Code != 0).ToList();
                            points.Add(new Point2(
                                double.Parse(vertex.First(p => p.Code == 10).Value, CultureInfo.InvariantCulture),
                                double.Parse(vertex.First(p => p.Code == 20).Value, CultureInfo.InvariantCulture)));
                            j += 1 + vertex.Count;
                        }
                        Assert.Equal((0, "SEQEND"), pairs[j]);
                        doc.Polylines.Add((layer, closed, points));
                        break;
                    case "CIRCLE":
                        doc.Circles.Add((layer, new Point2(F(10), F(20)), F(40)));
                        break;
                    case "LINE":
                        doc.Lines.Add((layer, new Point2(F(10), F(20)), new Point2(F(11), F(21))));
                        break;
                }
            }
        }
        return doc;
    }
}
