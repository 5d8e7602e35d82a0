namespace Microfactory.Design.Geometry;

/// <summary>A mesh vertex in millimetres.</summary>
internal readonly record struct Point3(double X, double Y, double Z);
