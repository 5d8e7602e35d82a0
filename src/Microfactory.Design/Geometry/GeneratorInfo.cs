namespace Microfactory.Design.Geometry;

/// <summary>A built-in geometry generator as templates see it.</summary>
/// <param name="Name">Name used under <c>generator:</c>.</param>
/// <param name="Kind">Flat (svg, dxf) or solid (stl).</param>
/// <param name="Description">What it draws.</param>
/// <param name="Arguments">The arguments it takes, in order.</param>
public sealed record GeneratorInfo(string Name, GeneratorKind Kind, string Description, IReadOnlyList<GeneratorArgumentInfo> Arguments);
