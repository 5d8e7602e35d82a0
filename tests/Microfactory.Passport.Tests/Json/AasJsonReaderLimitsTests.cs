using System.Text;
using Microfactory.Passport.Json;
using Microfactory.Passport.Tests.Support;

namespace Microfactory.Passport.Tests.Json;

public sealed class AasJsonReaderLimitsTests
{
    [Fact]
    public void Read_CollectionsNestedDeeperThanTheLimit_IsRefusedNotCrashed()
    {
        var json = new StringBuilder("{\"submodels\":[{\"id\":\"x\",\"modelType\":\"Submodel\",\"submodelElements\":[");
        for (var i = 0; i < 200; i++)
        {
            json.Append("{\"idShort\":\"C\",\"modelType\":\"SubmodelElementCollection\",\"value\":[");
        }
        json.Append(string.Concat(Enumerable.Repeat("]}", 200))).Append("]}]}");

        var read = AasJsonReader.Read(json.ToString());

        Assert.False(read.Succeeded);
        Assert.Contains("depth", read.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_Reads()
    {
        var json = AasJsonWriter.ToUtf8Bytes(Samples.Passport());

        var read = AasJsonReader.Read((byte[])[0xEF, 0xBB, 0xBF, .. json]);

        Assert.True(read.Succeeded, read.Error);
    }
}
