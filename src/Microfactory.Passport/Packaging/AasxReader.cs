using System.IO.Packaging;
using System.Xml;
using Microfactory.Passport.Json;

namespace Microfactory.Passport.Packaging;

/// <summary>Reads an AASX package (IDTA-01005-3-0) written by us or by others: follows aasx-origin → aas-spec → aas-suppl
/// (also in the legacy <c>www.admin-shell.io</c> namespace), reads a JSON aas-spec part with <see cref="AasJsonReader"/> and
/// returns the supplementary files. An XML-only package is reported as such: we read the JSON serialisation only. Every part is
/// read with a size limit, and the number of supplementary files is bounded, so a crafted package cannot exhaust memory.</summary>
public static class AasxReader
{
    /// <summary>The largest part read, in bytes (64 MiB), unless the caller passes another limit.</summary>
    public const long DefaultMaxPartBytes = 64L * 1024 * 1024;

    /// <summary>The most supplementary files read.</summary>
    public const int MaxFiles = 10_000;

    /// <summary>Reads the package in <paramref name="source"/> (readable and seekable; left open).</summary>
    public static AasxReadResult Read(Stream source, long maxPartBytes = DefaultMaxPartBytes)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPartBytes);
        try
        {
            using var package = Package.Open(source, FileMode.Open, FileAccess.Read);
            return Read(package, maxPartBytes);
        }
        catch (Exception e) when (e is FileFormatException or InvalidDataException or XmlException or IOException or ArgumentException
            or InvalidOperationException or UriFormatException)
        {
            return AasxReadResult.Failed($"The package cannot be read: {e.Message}");
        }
    }

    /// <summary>Reads the package in <paramref name="bytes"/>.</summary>
    public static AasxReadResult Read(ReadOnlyMemory<byte> bytes, long maxPartBytes = DefaultMaxPartBytes)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        return Read(stream, maxPartBytes);
    }

    private static AasxReadResult Read(Package package, long maxPartBytes)
    {
        var originRel = Relationships(package.GetRelationships(), "aasx-origin").FirstOrDefault();
        if (originRel is null)
        {
            return AasxReadResult.Failed("The package has no aasx-origin relationship at its root (/_rels/.rels); it is not an AASX package.");
        }
        var originUri = PackUriHelper.ResolvePartUri(new Uri("/", UriKind.Relative), originRel.TargetUri);
        if (!package.PartExists(originUri))
        {
            return AasxReadResult.Failed($"The aasx-origin relationship targets {originUri}, which is not in the package.");
        }
        var origin = package.GetPart(originUri);
        var specs = Relationships(origin.GetRelationships(), "aas-spec")
            .Select(r => PackUriHelper.ResolvePartUri(originUri, r.TargetUri))
            .Where(package.PartExists)
            .Select(package.GetPart)
            .ToList();
        if (specs.Count == 0)
        {
            return AasxReadResult.Failed("The aasx-origin part has no aas-spec relationship to a part in the package.");
        }
        var spec = specs.FirstOrDefault(IsJson);
        if (spec is null)
        {
            return AasxReadResult.Failed($"The package holds its environment only as {specs[0].Uri} ({specs[0].ContentType}); only the JSON serialisation is read.");
        }
        var json = ReadPart(spec, maxPartBytes);
        if (json is null)
        {
            return AasxReadResult.Failed($"{spec.Uri} is larger than {maxPartBytes} bytes.");
        }
        var read = AasJsonReader.Read(json);
        if (!read.Succeeded)
        {
            return AasxReadResult.Failed($"{spec.Uri}: {read.Error}");
        }
        var files = new List<AasxFile>();
        foreach (var rel in Relationships(spec.GetRelationships(), "aas-suppl"))
        {
            if (rel.TargetMode != TargetMode.Internal)
            {
                continue;
            }
            var uri = PackUriHelper.ResolvePartUri(spec.Uri, rel.TargetUri);
            if (!package.PartExists(uri))
            {
                return AasxReadResult.Failed($"An aas-suppl relationship of {spec.Uri} targets {uri}, which is not in the package.");
            }
            if (files.Count == MaxFiles)
            {
                return AasxReadResult.Failed($"The package has more than {MaxFiles} supplementary files.");
            }
            var part = package.GetPart(uri);
            var content = ReadPart(part, maxPartBytes);
            if (content is null)
            {
                return AasxReadResult.Failed($"{uri} is larger than {maxPartBytes} bytes.");
            }
            files.Add(new AasxFile(uri.OriginalString, part.ContentType, content));
        }
        return AasxReadResult.Read(read.Environment!, files);
    }

    private static IEnumerable<PackageRelationship> Relationships(PackageRelationshipCollection relationships, string name) =>
        relationships.Where(r => r.RelationshipType == AasxRelationships.Namespace + name || r.RelationshipType == AasxRelationships.LegacyNamespace + name);

    private static bool IsJson(PackagePart part) =>
        part.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || part.Uri.OriginalString.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The part's bytes, or null when it holds more than <paramref name="maxBytes"/>; reads at most one byte past the limit.</summary>
    private static byte[]? ReadPart(PackagePart part, long maxBytes)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += n;
            if (total > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
