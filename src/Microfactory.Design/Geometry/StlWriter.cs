using System.Buffers.Binary;
using System.Text;

namespace Microfactory.Design.Geometry;

/// <summary>
/// Writes a mesh as binary STL: an 80-byte header, a little-endian uint32 triangle count, then per
/// triangle the unit normal and three vertices as float32 and a zero uint16 attribute. Normals are
/// computed from the counter-clockwise vertex order, so they point outward.
/// </summary>
internal static class StlWriter
{
    public const string MediaType = "model/stl";

    public static byte[] Write(Mesh mesh, string title)
    {
        var bytes = new byte[84 + (50 * mesh.Triangles.Count)];
        var header = Encoding.ASCII.GetBytes(("Microfactory " + title).PadRight(80)[..80]);
        header.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(80), (uint)mesh.Triangles.Count);
        var offset = 84;
        foreach (var (ia, ib, ic) in mesh.Triangles)
        {
            Point3 a = mesh.Vertices[ia], b = mesh.Vertices[ib], c = mesh.Vertices[ic];
            double ux = b.X - a.X, uy = b.Y - a.Y, uz = b.Z - a.Z;
            double vx = c.X - a.X, vy = c.Y - a.Y, vz = c.Z - a.Z;
            double nx = (uy * vz) - (uz * vy), ny = (uz * vx) - (ux * vz), nz = (ux * vy) - (uy * vx);
            var length = Math.Sqrt((nx * nx) + (ny * ny) + (nz * nz));
            if (length > 0)
            {
                (nx, ny, nz) = (nx / length, ny / length, nz / length);
            }
            var span = bytes.AsSpan(offset, 50);
            WriteFloats(span, nx, ny, nz, 0);
            WriteFloats(span, a.X, a.Y, a.Z, 12);
            WriteFloats(span, b.X, b.Y, b.Z, 24);
            WriteFloats(span, c.X, c.Y, c.Z, 36);
            offset += 50;
        }
        return bytes;
    }

    private static void WriteFloats(Span<byte> span, double x, double y, double z, int at)
    {
        BinaryPrimitives.WriteSingleLittleEndian(span[at..], (float)x);
        BinaryPrimitives.WriteSingleLittleEndian(span[(at + 4)..], (float)y);
        BinaryPrimitives.WriteSingleLittleEndian(span[(at + 8)..], (float)z);
    }
}
