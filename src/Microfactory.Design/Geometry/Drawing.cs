namespace Microfactory.Design.Geometry;

/// <summary>
/// A flat cut drawing in millimetres: closed outer contours (counter-clockwise, y up), round
/// holes, and bend lines. Bounds start at (0, 0) so writers need no offset.
/// </summary>
internal sealed record Drawing(
    IReadOnlyList<IReadOnlyList<Point2>> Contours,
    IReadOnlyList<(Point2 Center, double Radius)> Holes,
    IReadOnlyList<(Point2 From, Point2 To)> BendLines,
    double Width,
    double Height);
