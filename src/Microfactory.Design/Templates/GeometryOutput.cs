namespace Microfactory.Design.Templates;

/// <summary>A geometry file set produced by a built-in generator.</summary>
/// <param name="File">Base file name without extension, e.g. <c>flat-pattern</c>.</param>
/// <param name="Generator">Generator name from <see cref="Geometry.GeneratorLibrary"/>.</param>
/// <param name="Formats">Formats to write: svg and dxf for 2D generators, stl for 3D ones.</param>
/// <param name="Arguments">Generator argument name → expression.</param>
public sealed record GeometryOutput(string File, string Generator, IReadOnlyList<string> Formats, IReadOnlyDictionary<string, string> Arguments);
