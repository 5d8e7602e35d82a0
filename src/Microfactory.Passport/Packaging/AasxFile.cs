namespace Microfactory.Passport.Packaging;

/// <summary>A supplementary file of an AASX package: a part at <see cref="Path"/> that File elements refer to by that path.</summary>
/// <param name="Path">Absolute part name, for example <c>/aasx/files/panel.dxf</c> (an OPC part name: starts with <c>/</c>, no
/// empty segments, no segment ending in <c>.</c>); the same string as the File element's value.</param>
/// <param name="ContentType">The part's MIME type, for example <c>image/svg+xml</c>; written to <c>[Content_Types].xml</c>.</param>
/// <param name="Content">The file's bytes, supplied by the caller.</param>
public sealed record AasxFile(string Path, string ContentType, ReadOnlyMemory<byte> Content);
