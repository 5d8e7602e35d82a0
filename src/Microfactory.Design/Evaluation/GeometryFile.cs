using System.Text.Json.Serialization;

namespace Microfactory.Design.Evaluation;

/// <summary>A produced file. The bytes are not part of design.json; only name, media type and size are.</summary>
/// <param name="FileName">File name with extension, e.g. "flat-pattern.dxf".</param>
/// <param name="MediaType">image/svg+xml, image/vnd.dxf or model/stl.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record GeometryFile(string FileName, string MediaType, [property: JsonIgnore] ReadOnlyMemory<byte> Content)
{
    /// <summary>Size of <see cref="Content"/> in bytes.</summary>
    public int SizeBytes => Content.Length;
}
