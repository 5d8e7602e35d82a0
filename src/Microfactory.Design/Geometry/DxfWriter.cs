using System.Text;

namespace Microfactory.Design.Geometry;

/// <summary>
/// Writes a drawing as AutoCAD R12 ASCII DXF (AC1009), units millimetres ($INSUNITS 4).
/// Contours become closed POLYLINEs with VERTEX entities, holes CIRCLEs, both on layer CUT;
/// bend lines are LINEs on layer BEND; engraving strokes are open POLYLINEs on layer ENGRAVE. Lines end in "\n", which common readers accept, so files
/// are byte-identical on every platform.
/// </summary>
internal static class DxfWriter
{
    public const string MediaType = "image/vnd.dxf";

    public static byte[] Write(Drawing drawing, CancellationToken cancellationToken = default)
    {
        var sb = new StringBuilder(8192);
        void Pair(int code, string value) => sb.Append(code).Append('\n').Append(value).Append('\n');
        void Num(int code, double value) => Pair(code, Format.Number(value));

        Pair(0, "SECTION");
        Pair(2, "HEADER");
        Pair(9, "$ACADVER");
        Pair(1, "AC1009");
        Pair(9, "$INSUNITS");
        Pair(70, "4");
        Pair(9, "$EXTMIN");
        Num(10, 0);
        Num(20, 0);
        Pair(9, "$EXTMAX");
        Num(10, drawing.Width);
        Num(20, drawing.Height);
        Pair(0, "ENDSEC");

        Pair(0, "SECTION");
        Pair(2, "TABLES");
        Pair(0, "TABLE");
        Pair(2, "LTYPE");
        Pair(70, "1");
        Pair(0, "LTYPE");
        Pair(2, "CONTINUOUS");
        Pair(70, "0");
        Pair(3, "Solid line");
        Pair(72, "65");
        Pair(73, "0");
        Num(40, 0);
        Pair(0, "ENDTAB");
        Pair(0, "TABLE");
        Pair(2, "LAYER");
        Pair(70, "3");
        foreach (var (layer, color) in new[] { (Layer.Cut, "7"), (Layer.Bend, "5"), (Layer.Engrave, "1") })
        {
            Pair(0, "LAYER");
            Pair(2, layer);
            Pair(70, "0");
            Pair(62, color);
            Pair(6, "CONTINUOUS");
        }
        Pair(0, "ENDTAB");
        Pair(0, "ENDSEC");

        Pair(0, "SECTION");
        Pair(2, "ENTITIES");
        void Polyline(IReadOnlyList<Point2> points, string layer, bool closed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Pair(0, "POLYLINE");
            Pair(8, layer);
            Pair(66, "1");
            Num(10, 0);
            Num(20, 0);
            Num(30, 0);
            Pair(70, closed ? "1" : "0");
            foreach (var p in points)
            {
                Pair(0, "VERTEX");
                Pair(8, layer);
                Num(10, p.X);
                Num(20, p.Y);
                Num(30, 0);
            }
            Pair(0, "SEQEND");
            Pair(8, layer);
        }

        foreach (var contour in drawing.Contours)
        {
            Polyline(contour, Layer.Cut, closed: true);
        }
        foreach (var (center, radius) in drawing.Holes)
        {
            Pair(0, "CIRCLE");
            Pair(8, Layer.Cut);
            Num(10, center.X);
            Num(20, center.Y);
            Num(30, 0);
            Num(40, radius);
        }
        foreach (var (from, to) in drawing.BendLines)
        {
            Pair(0, "LINE");
            Pair(8, Layer.Bend);
            Num(10, from.X);
            Num(20, from.Y);
            Num(30, 0);
            Num(11, to.X);
            Num(21, to.Y);
            Num(31, 0);
        }
        foreach (var stroke in drawing.Engraving)
        {
            Polyline(stroke, Layer.Engrave, closed: false);
        }
        Pair(0, "ENDSEC");
        Pair(0, "EOF");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
