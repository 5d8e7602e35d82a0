using System.Buffers.Binary;
using System.Numerics;

namespace Microfactory.Design.Tests.TestSupport;

/// <summary>Reads a binary STL and answers the questions production asks: is it closed, consistently oriented, outward, how big.</summary>
internal sealed record StlMesh(string Header, List<(Vector3 Normal, Vector3 A, Vector3 B, Vector3 C)> Triangles)
{
    public static StlMesh Read(ReadOnlyMemory<byte> memory)
    {
        var bytes = memory.Span;
        Assert.True(bytes.Length >= 84);
        var count = BinaryPrimitives.ReadUInt32LittleEndian(bytes[80..]);
        Assert.Equal(84 + (50 * (int)count), bytes.Length);
        var triangles = new List<(Vector3, Vector3, Vector3, Vector3)>();
        for (var i = 0; i < count; i++)
        {
            var t = bytes.Slice(84 + (50 * i), 50);
            Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(t[48..]));
            triangles.Add((V(t, 0), V(t, 12), V(t, 24), V(t, 36)));
        }
        return new StlMesh(System.Text.Encoding.ASCII.GetString(bytes[..80]), triangles);
    }

    private static Vector3 V(ReadOnlySpan<byte> t, int at) => new(
        BinaryPrimitives.ReadSingleLittleEndian(t[at..]),
        BinaryPrimitives.ReadSingleLittleEndian(t[(at + 4)..]),
        BinaryPrimitives.ReadSingleLittleEndian(t[(at + 8)..]));

    /// <summary>Every directed edge appears exactly once and its reverse exactly once: closed and consistently oriented.</summary>
    public bool IsClosedAndConsistent()
    {
        var edges = new Dictionary<(Vector3, Vector3), int>();
        foreach (var (_, a, b, c) in Triangles)
        {
            foreach (var edge in new[] { (a, b), (b, c), (c, a) })
            {
                edges[edge] = edges.GetValueOrDefault(edge) + 1;
            }
        }
        return edges.All(e => e.Value == 1 && edges.GetValueOrDefault((e.Key.Item2, e.Key.Item1)) == 1);
    }

    /// <summary>Signed volume by the divergence theorem: positive when normals point outward.</summary>
    public double SignedVolume() => Triangles.Sum(t => (double)Vector3.Dot(t.A, Vector3.Cross(t.B, t.C)) / 6);

    /// <summary>Stored normals agree with the counter-clockwise vertex order.</summary>
    public bool NormalsMatchWinding() => Triangles.All(t =>
    {
        var n = Vector3.Normalize(Vector3.Cross(t.B - t.A, t.C - t.A));
        return Vector3.Dot(n, t.Normal) > 0.999f;
    });

    public (Vector3 Min, Vector3 Max) Bounds()
    {
        var all = Triangles.SelectMany(t => new[] { t.A, t.B, t.C }).ToList();
        return (all.Aggregate(Vector3.Min), all.Aggregate(Vector3.Max));
    }
}
