namespace Microfactory.Design.Geometry;

/// <summary>Layer names written to DXF and used as SVG group ids, so CAM software can tell cuts from bends.</summary>
internal static class Layer
{
    public const string Cut = "CUT";
    public const string Bend = "BEND";
}
