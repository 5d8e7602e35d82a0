using System.Text;

namespace Microfactory.Design.Geometry;

/// <summary>
/// Writes a drawing as SVG 1.1 in millimetres: width and height carry "mm" and the viewBox
/// equals them, so one user unit is one millimetre. Cut contours and holes are black in group
/// <c>CUT</c>; bend lines are blue and dashed in group <c>BEND</c>. The y axis is flipped
/// (SVG points down) so the picture matches the DXF.
/// </summary>
internal static class SvgWriter
{
    public const string MediaType = "image/svg+xml";

    public static byte[] Write(Drawing drawing)
    {
        var h = drawing.Height;
        var sb = new StringBuilder(4096);
        var w = Format.Number(drawing.Width);
        var hs = Format.Number(h);
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").Append(w).Append("mm\" height=\"").Append(hs)
          .Append("mm\" viewBox=\"0 0 ").Append(w).Append(' ').Append(hs).Append("\">\n");
        sb.Append("  <g id=\"CUT\" fill=\"none\" stroke=\"#000000\" stroke-width=\"0.1\">\n");
        foreach (var contour in drawing.Contours)
        {
            sb.Append("    <path d=\"");
            for (var i = 0; i < contour.Count; i++)
            {
                sb.Append(i == 0 ? "M" : " L").Append(Format.Number(contour[i].X)).Append(' ').Append(Format.Number(h - contour[i].Y));
            }
            sb.Append(" Z\"/>\n");
        }
        foreach (var (center, radius) in drawing.Holes)
        {
            sb.Append("    <circle cx=\"").Append(Format.Number(center.X)).Append("\" cy=\"").Append(Format.Number(h - center.Y))
              .Append("\" r=\"").Append(Format.Number(radius)).Append("\"/>\n");
        }
        sb.Append("  </g>\n");
        sb.Append("  <g id=\"BEND\" fill=\"none\" stroke=\"#0070f0\" stroke-width=\"0.1\" stroke-dasharray=\"2 1\">\n");
        foreach (var (from, to) in drawing.BendLines)
        {
            sb.Append("    <line x1=\"").Append(Format.Number(from.X)).Append("\" y1=\"").Append(Format.Number(h - from.Y))
              .Append("\" x2=\"").Append(Format.Number(to.X)).Append("\" y2=\"").Append(Format.Number(h - to.Y)).Append("\"/>\n");
        }
        sb.Append("  </g>\n</svg>\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
