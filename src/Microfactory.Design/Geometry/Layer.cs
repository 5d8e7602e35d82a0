namespace Microfactory.Design.Geometry;

/// <summary>Layer names written to DXF and used as SVG group ids, so CAM software can tell cuts, bends and engraving apart.</summary>
internal static class Layer
{
    public const string Cut = "CUT";
    public const string Bend = "BEND";
    public const string Engrave = "ENGRAVE";
}
