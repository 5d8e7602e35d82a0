using System.IO.Packaging;
using System.Text;
using Microfactory.Passport.Json;
using Microfactory.Passport.Model;

namespace Microfactory.Passport.Packaging;

/// <summary>Writes an AASX package (IDTA-01005-3-0) with System.IO.Packaging: <c>/_rels/.rels</c> → <c>/aasx/aasx-origin</c>
/// (text/plain, "Intentionally empty") → <c>/aasx/data.json</c> (the environment as AAS JSON, application/json) → one aas-suppl
/// relationship per supplementary file, each file a part with its own content type. Relationship ids are numbered (R1, R2, …)
/// so the package structure is the same for the same input; the ZIP entry times are the library's own. Parts are deflated at the
/// fastest level: a package is issued per request, and the design files (text SVG/DXF, binary STL) shrink nearly as much.</summary>
public static class AasxWriter
{
    /// <summary>The text of the origin part.</summary>
    public const string OriginText = "Intentionally empty";

    /// <summary>Writes the package to <paramref name="destination"/>, which must be writable and seekable (for example a
    /// <see cref="MemoryStream"/>); the stream is left open. Write the environment with <see cref="Validation.AasValidator"/>
    /// checked first: the writer writes what it is given.</summary>
    /// <exception cref="ArgumentException">A file path is not an OPC part name, is used twice, or names a part the package itself uses.</exception>
    public static void Write(Stream destination, AasEnvironment environment, IReadOnlyList<AasxFile> files)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(files);
        var fileUris = PartUris(files);
        using var package = Package.Open(destination, FileMode.Create, FileAccess.ReadWrite);
        var originUri = PackUriHelper.CreatePartUri(new Uri(AasxRelationships.OriginPath, UriKind.Relative));
        var origin = package.CreatePart(originUri, "text/plain", CompressionOption.Maximum);
        WriteBytes(origin, Encoding.ASCII.GetBytes(OriginText));
        package.CreateRelationship(originUri, TargetMode.Internal, AasxRelationships.AasxOrigin, "R1");

        var specUri = PackUriHelper.CreatePartUri(new Uri(AasxRelationships.SpecPath, UriKind.Relative));
        var spec = package.CreatePart(specUri, "application/json", CompressionOption.Fast);
        WriteBytes(spec, AasJsonWriter.ToUtf8Bytes(environment));
        origin.CreateRelationship(specUri, TargetMode.Internal, AasxRelationships.AasSpec, "R1");

        for (var i = 0; i < files.Count; i++)
        {
            var part = package.CreatePart(fileUris[i], files[i].ContentType, CompressionOption.Fast);
            WriteBytes(part, files[i].Content.Span);
            spec.CreateRelationship(fileUris[i], TargetMode.Internal, AasxRelationships.AasSuppl, $"R{i + 1}");
        }
    }

    /// <summary>The package as bytes.</summary>
    public static byte[] ToBytes(AasEnvironment environment, IReadOnlyList<AasxFile> files)
    {
        using var stream = new MemoryStream();
        Write(stream, environment, files);
        return stream.ToArray();
    }

    private static Uri[] PartUris(IReadOnlyList<AasxFile> files)
    {
        var uris = new Uri[files.Count];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { AasxRelationships.OriginPath, AasxRelationships.SpecPath };
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i].Path;
            Uri uri;
            try
            {
                uri = PackUriHelper.CreatePartUri(new Uri(path, UriKind.Relative));
            }
            catch (Exception e) when (e is ArgumentException or UriFormatException)
            {
                throw new ArgumentException($"files[{i}].Path '{path}' is not an OPC part name: {e.Message}", nameof(files), e);
            }
            if (!path.StartsWith('/') || uri.OriginalString != path || path.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"files[{i}].Path '{path}' is not an absolute OPC part name such as /aasx/files/panel.dxf.", nameof(files));
            }
            if (!seen.Add(path))
            {
                throw new ArgumentException($"files[{i}].Path '{path}' is used twice (part names compare case-insensitively).", nameof(files));
            }
            uris[i] = uri;
        }
        return uris;
    }

    private static void WriteBytes(PackagePart part, ReadOnlySpan<byte> bytes)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        stream.Write(bytes);
    }
}
