namespace Microfactory.Passport.Content;

/// <summary>A design file linked from Handover Documentation (SVG drawing, DXF cut file, STL model, <c>design.json</c>). The passport
/// carries only the link: an AAS File with <see cref="ContentType"/> and <see cref="PackagePath"/>; the bytes go into the AASX
/// package as a supplementary part at that path.</summary>
/// <param name="FileName">File name inside the package folder <c>/aasx/files/</c>: letters, digits, <c>.</c>, <c>-</c>, <c>_</c>,
/// 1 to 100 characters, for example <c>panel.dxf</c>.</param>
/// <param name="ContentType">MIME type, for example <c>image/svg+xml</c>, <c>image/vnd.dxf</c>, <c>model/stl</c>, <c>application/json</c>.</param>
/// <param name="Title">Document title, in the passport's language.</param>
/// <param name="Kind">What the file documents; decides its VDI 2770 class.</param>
public sealed record DesignFile(string FileName, string ContentType, string Title, DesignFileKind Kind)
{
    /// <summary>The folder of supplementary files in an AASX package.</summary>
    public const string PackageFolder = "/aasx/files/";

    /// <summary>What the document is about (<c>Description</c>, mandatory in 02004); the title unless set.</summary>
    public string? Description { get; init; }

    /// <summary>The file's absolute path inside the AASX package, for example <c>/aasx/files/panel.dxf</c>; also the File element's value.</summary>
    public string PackagePath => PackageFolder + FileName;
}
