namespace Microfactory.Design.Geometry;

/// <summary>
/// Bounds on the work one design may ask of the generators, whatever a template or a customer
/// writes: every file stays small and every request ends in milliseconds. A value beyond a bound is
/// refused with a message naming the parameters behind it.
/// </summary>
internal static class GeneratorLimits
{
    /// <summary>Largest length argument, in mm: 10 m is beyond any sheet, bed or press brake of a microfactory.</summary>
    public const double MaxLengthMm = 10_000;

    /// <summary>Most vertices, holes, lines and engraving points in one drawing (or vertices and triangles in one mesh).</summary>
    public const int MaxElements = 50_000;

    /// <summary>Most fingers along one joint of a finger-jointed box.</summary>
    public const int MaxFingersPerJoint = 255;
}
