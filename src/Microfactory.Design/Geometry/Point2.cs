namespace Microfactory.Design.Geometry;

/// <summary>A point of a 2D drawing in millimetres, y pointing up.</summary>
internal readonly record struct Point2(double X, double Y);
