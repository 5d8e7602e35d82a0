using System.Text;

namespace Microfactory.Design.Geometry;

/// <summary>
/// Writes a drawing as SVG 1.1 in millimetres: one user unit is one millimetre, and the viewBox is
/// the drawing's bounds padded by <see cref="Padding"/> on every side, so the outer strokes are
/// drawn whole instead of clipped at the edge. Cut contours and holes are black in group
/// <c>CUT</c>; bend lines are blue and dashed in group <c>BEND</c>; engraving is red single
/// strokes in group <c>ENGRAVE</c>. The y axis is flipped (SVG points down) so the picture
/// matches the DXF: a point (x, y) of the drawing is at (x, height − y).
/// </summary>
internal static class SvgWriter
{
    public const string MediaType = "image/svg+xml";

    /// <summary>Stroke width of every path, in mm (a hairline for laser software).</summary>
    public const double StrokeWidth = 0.1;

    /// <summary>Margin around the drawing, in mm: the full stroke width, twice the half that would otherwise fall outside.</summary>
    public const double Padding = StrokeWidth;

    public static byte[] Write(Drawing drawing, CancellationToken cancellationToken = default)
    {
        var h = drawing.Height;
        var sb = new StringBuilder(4096);
        var stroke = Format.Number(StrokeWidth);
        var pad = Format.Number(Padding);
        var w = Format.Number(drawing.Width + (2 * Padding));
        var hs = Format.Number(h + (2 * Padding));
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").Append(w).Append("mm\" height=\"").Append(hs)
          .Append("mm\" viewBox=\"-").Append(pad).Append(" -").Append(pad).Append(' ').Append(w).Append(' ').Append(hs).Append("\">\n");
        sb.Append("  <g id=\"CUT\" fill=\"none\" stroke=\"#000000\" stroke-width=\"").Append(stroke).Append("\">\n");
        foreach (var contour in drawing.Contours)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sb.Append("    <path d=\"");
            AppendPoints(sb, contour, h);
            sb.Append(" Z\"/>\n");
        }
        foreach (var (center, radius) in drawing.Holes)
        {
            sb.Append("    <circle cx=\"").Append(Format.Number(center.X)).Append("\" cy=\"").Append(Format.Number(h - center.Y))
              .Append("\" r=\"").Append(Format.Number(radius)).Append("\"/>\n");
        }
        sb.Append("  </g>\n");
        sb.Append("  <g id=\"BEND\" fill=\"none\" stroke=\"#0070f0\" stroke-width=\"").Append(stroke).Append("\" stroke-dasharray=\"2 1\">\n");
        foreach (var (from, to) in drawing.BendLines)
        {
            sb.Append("    <line x1=\"").Append(Format.Number(from.X)).Append("\" y1=\"").Append(Format.Number(h - from.Y))
              .Append("\" x2=\"").Append(Format.Number(to.X)).Append("\" y2=\"").Append(Format.Number(h - to.Y)).Append("\"/>\n");
        }
        sb.Append("  </g>\n");
        if (drawing.Engraving.Count > 0)
        {
            sb.Append("  <g id=\"ENGRAVE\" fill=\"none\" stroke=\"#e00000\" stroke-width=\"").Append(stroke).Append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
            foreach (var path in drawing.Engraving)
            {
                cancellationToken.ThrowIfCancellationRequested();
                sb.Append("    <path d=\"");
                AppendPoints(sb, path, h);
                sb.Append("\"/>\n");
            }
            sb.Append("  </g>\n");
        }
        sb.Append("</svg>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void AppendPoints(StringBuilder sb, IReadOnlyList<Point2> points, double height)
    {
        for (var i = 0; i < points.Count; i++)
        {
            sb.Append(i == 0 ? "M" : " L").Append(Format.Number(points[i].X)).Append(' ').Append(Format.Number(height - points[i].Y));
        }
    }
}
