namespace Microfactory.Design.Geometry;

/// <summary>
/// A flat drawing in millimetres: closed outer contours (counter-clockwise, y up) and round holes
/// to cut, bend lines, and open single-stroke paths to engrave. Bounds start at (0, 0) so writers
/// need no offset.
/// </summary>
internal sealed record Drawing(
    IReadOnlyList<IReadOnlyList<Point2>> Contours,
    IReadOnlyList<(Point2 Center, double Radius)> Holes,
    IReadOnlyList<(Point2 From, Point2 To)> BendLines,
    double Width,
    double Height)
{
    /// <summary>Open polylines on layer ENGRAVE (for example lettering), each at least two points.</summary>
    public IReadOnlyList<IReadOnlyList<Point2>> Engraving { get; init; } = [];

    /// <summary>Vertices, holes, bend lines and engraving points: what the writers emit one by one.</summary>
    public int ElementCount => Contours.Sum(c => c.Count) + Holes.Count + BendLines.Count + Engraving.Sum(e => e.Count);
}
