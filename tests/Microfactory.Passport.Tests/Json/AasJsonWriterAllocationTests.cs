using System.Buffers;
using System.Text.Json;
using Microfactory.Passport.Json;
using Microfactory.Passport.Tests.Support;

namespace Microfactory.Passport.Tests.Json;

public sealed class AasJsonWriterAllocationTests
{
    [Fact]
    public void Write_IntoReusedWriter_AllocatesNothing()
    {
        var environment = Samples.Passport();
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var json = new Utf8JsonWriter(buffer);
        for (var warm = 0; warm < 3; warm++)
        {
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            AasJsonWriter.Write(environment, json);
            json.Flush();
        }
        var expected = buffer.WrittenSpan.ToArray();

        buffer.ResetWrittenCount();
        json.Reset(buffer);
        var before = GC.GetAllocatedBytesForCurrentThread();
        AasJsonWriter.Write(environment, json);
        json.Flush();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
    }
}
