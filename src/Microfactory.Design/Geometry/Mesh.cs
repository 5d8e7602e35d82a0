namespace Microfactory.Design.Geometry;

/// <summary>
/// An indexed triangle mesh in millimetres. Each triangle lists three vertex indices
/// counter-clockwise seen from outside; the generators guarantee a closed 2-manifold.
/// </summary>
internal sealed record Mesh(IReadOnlyList<Point3> Vertices, IReadOnlyList<(int A, int B, int C)> Triangles);
